-- revision: pg147
-- down_revision: none
-- message: add check not valid
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT VALID;
