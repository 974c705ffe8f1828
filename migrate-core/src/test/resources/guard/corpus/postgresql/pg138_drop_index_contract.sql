-- revision: pg138
-- down_revision: none
-- message: drop index contract
-- phase: contract

-- expect blocking = drop-index-blocking

-- migrate:upgrade
DROP INDEX IF EXISTS users_email_idx;
