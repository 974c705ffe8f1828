-- revision: pg052
-- down_revision: none
-- message: drop type contract
-- phase: contract

-- expect blocking = safe

-- migrate:upgrade
DROP TYPE order_status;
