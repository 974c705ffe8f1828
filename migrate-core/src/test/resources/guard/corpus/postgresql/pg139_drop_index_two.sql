-- revision: pg139
-- down_revision: none
-- message: drop index two
-- phase: migrate

-- expect blocking = drop-index-blocking

-- migrate:upgrade
DROP INDEX users_email_idx, users_name_idx;
