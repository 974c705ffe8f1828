-- revision: pg127
-- down_revision: none
-- message: create index concurrently
-- phase: expand
-- transactional: false

-- expect blocking = safe

-- migrate:upgrade
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
