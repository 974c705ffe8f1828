-- revision: pg032
-- down_revision: none
-- message: drop constraint replaced expand
-- phase: expand

-- expect blocking = drop-constraint

-- migrate:upgrade
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT VALID;
ALTER TABLE orders DROP CONSTRAINT orders_total_check;
