-- revision: pg137
-- down_revision: none
-- message: drop index
-- phase: expand

-- expect blocking = drop-index-blocking

-- migrate:upgrade
DROP INDEX users_email_idx;
