-- revision: pg185
-- down_revision: none
-- message: explain options analyze delete
-- phase: migrate

-- expect blocking = delete-rows

-- migrate:upgrade
EXPLAIN (ANALYZE, BUFFERS) DELETE FROM sessions WHERE user_id = 7;
