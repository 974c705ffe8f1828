-- revision: pg144
-- down_revision: none
-- message: add fk inline
-- phase: expand

-- expect blocking = constraint-without-not-valid

-- migrate:upgrade
ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id);
