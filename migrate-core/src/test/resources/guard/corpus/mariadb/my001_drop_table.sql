-- revision: my001
-- down_revision: none
-- message: drop table
-- phase: expand

-- expect blocking = drop-table

-- migrate:upgrade
DROP TABLE sessions;
