-- revision: pg042
-- down_revision: none
-- message: drop type
-- phase: expand

-- expect blocking = drop-object

-- migrate:upgrade
DROP TYPE order_status;
