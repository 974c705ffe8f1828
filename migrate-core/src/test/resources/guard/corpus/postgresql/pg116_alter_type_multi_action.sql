-- revision: pg116
-- down_revision: none
-- message: alter type multi action
-- phase: expand

-- expect blocking = alter-column-type

-- migrate:upgrade
ALTER TABLE users ADD COLUMN x int, ALTER COLUMN age TYPE numeric(10, 2);
