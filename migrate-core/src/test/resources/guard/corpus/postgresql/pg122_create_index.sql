-- revision: pg122
-- down_revision: none
-- message: create index
-- phase: expand

-- expect blocking = create-index-blocking

-- migrate:upgrade
CREATE INDEX users_email_idx ON users (email);
