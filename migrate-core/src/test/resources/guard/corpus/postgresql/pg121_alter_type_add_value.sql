-- revision: pg121
-- down_revision: none
-- message: alter type add value
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded';
