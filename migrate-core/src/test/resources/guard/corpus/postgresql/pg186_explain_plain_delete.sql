-- revision: pg186
-- down_revision: none
-- message: explain plain delete
-- phase: migrate

-- expect blocking = safe

-- migrate:upgrade
EXPLAIN DELETE FROM tokens;
