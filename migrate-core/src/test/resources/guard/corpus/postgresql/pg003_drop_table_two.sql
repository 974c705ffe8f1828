-- revision: pg003
-- down_revision: none
-- message: drop table two
-- phase: expand

-- expect blocking = drop-table

-- migrate:upgrade
DROP TABLE sessions, "Old Tokens";
