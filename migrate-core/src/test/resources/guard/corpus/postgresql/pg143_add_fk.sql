-- revision: pg143
-- down_revision: none
-- message: add fk
-- phase: expand

-- expect blocking = constraint-without-not-valid

-- migrate:upgrade
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);
