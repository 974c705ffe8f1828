-- revision: pg148
-- down_revision: none
-- message: validate later
-- phase: migrate

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;
