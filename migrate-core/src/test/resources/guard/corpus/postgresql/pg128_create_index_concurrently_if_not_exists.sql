-- revision: pg128
-- down_revision: none
-- message: create index concurrently if not exists
-- phase: expand
-- transactional: false

-- expect blocking = safe

-- migrate:upgrade
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key ON users (email);
