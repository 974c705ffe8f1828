-- revision: pg146
-- down_revision: none
-- message: add fk not valid
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
