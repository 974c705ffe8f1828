-- revision: pg150
-- down_revision: none
-- message: validate same revision no tx
-- phase: expand
-- transactional: false

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;
