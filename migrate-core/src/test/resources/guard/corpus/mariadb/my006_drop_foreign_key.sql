-- revision: my006
-- down_revision: none
-- message: drop foreign key
-- phase: expand

-- expect blocking = drop-constraint

-- migrate:upgrade
ALTER TABLE orders DROP FOREIGN KEY orders_user_fk;
