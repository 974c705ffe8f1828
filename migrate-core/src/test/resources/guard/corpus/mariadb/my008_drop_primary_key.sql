-- revision: my008
-- down_revision: none
-- message: drop primary key
-- phase: expand

-- expect blocking = drop-constraint

-- migrate:upgrade
ALTER TABLE orders DROP PRIMARY KEY;
