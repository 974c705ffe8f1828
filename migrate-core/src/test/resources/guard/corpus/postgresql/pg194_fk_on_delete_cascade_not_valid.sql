-- revision: pg194
-- down_revision: none
-- message: fk on delete cascade not valid
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE NOT VALID;
