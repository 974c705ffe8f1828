-- revision: pg033
-- down_revision: none
-- message: drop constraint in comment
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT VALID; -- then DROP CONSTRAINT orders_total_check in contract
