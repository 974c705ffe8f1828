-- revision: my007
-- down_revision: none
-- message: drop check
-- phase: migrate

-- expect blocking = drop-constraint

-- migrate:upgrade
ALTER TABLE orders DROP CHECK orders_total_positive;
