-- revision: pg149
-- down_revision: none
-- message: validate same tx
-- phase: expand

-- expect blocking = validate-in-same-transaction

-- migrate:upgrade
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;
