-- revision: pg145
-- down_revision: none
-- message: add check
-- phase: migrate

-- expect blocking = constraint-without-not-valid

-- migrate:upgrade
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0);
