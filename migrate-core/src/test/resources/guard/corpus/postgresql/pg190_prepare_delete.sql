-- revision: pg190
-- down_revision: none
-- message: prepare delete
-- phase: migrate

-- expect blocking = safe

-- migrate:upgrade
PREPARE purge_user (bigint) AS DELETE FROM sessions WHERE user_id = $1;
