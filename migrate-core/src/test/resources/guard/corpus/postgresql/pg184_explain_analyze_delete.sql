-- revision: pg184
-- down_revision: none
-- message: explain analyze delete
-- phase: migrate

-- expect blocking = delete-all-rows

-- migrate:upgrade
EXPLAIN ANALYZE DELETE FROM tokens;
