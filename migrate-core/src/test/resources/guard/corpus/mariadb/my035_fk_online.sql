-- revision: my035
-- down_revision: none
-- message: fk online
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id), ALGORITHM=INPLACE, LOCK=NONE;
