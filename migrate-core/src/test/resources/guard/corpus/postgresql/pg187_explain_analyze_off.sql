-- revision: pg187
-- down_revision: none
-- message: explain analyze off
-- phase: migrate

-- expect blocking = safe

-- migrate:upgrade
EXPLAIN (ANALYZE false, COSTS off) DELETE FROM tokens;
