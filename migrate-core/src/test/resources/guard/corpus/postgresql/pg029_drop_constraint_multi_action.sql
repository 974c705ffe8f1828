-- revision: pg029
-- down_revision: none
-- message: drop constraint multi action
-- phase: expand

-- expect blocking = drop-constraint

-- migrate:upgrade
ALTER TABLE orders ADD COLUMN note text, DROP CONSTRAINT orders_total_check;
