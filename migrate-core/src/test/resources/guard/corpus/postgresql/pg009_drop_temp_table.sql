-- revision: pg009
-- down_revision: none
-- message: drop temp table
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE TEMP TABLE t_ids AS SELECT id FROM users;
DROP TABLE t_ids;
