-- revision: pg005
-- down_revision: none
-- message: drop table after comment trap
-- phase: expand

-- expect blocking = drop-table

-- migrate:upgrade
-- DROP TABLE is what we do below, on purpose
/* a block comment ; with a semicolon */ DROP TABLE sessions;
