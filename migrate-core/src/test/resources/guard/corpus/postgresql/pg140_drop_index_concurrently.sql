-- revision: pg140
-- down_revision: none
-- message: drop index concurrently
-- phase: contract
-- transactional: false

-- expect blocking = safe

-- migrate:upgrade
DROP INDEX CONCURRENTLY IF EXISTS users_email_idx;
