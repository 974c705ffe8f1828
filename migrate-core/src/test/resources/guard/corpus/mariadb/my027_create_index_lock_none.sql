-- revision: my027
-- down_revision: none
-- message: create index lock none
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE INDEX users_email_idx ON users (email) ALGORITHM=INPLACE LOCK=NONE;
