-- revision: pg110
-- down_revision: none
-- message: add stored generated
-- phase: expand

-- expect blocking = add-column-rewrite

-- migrate:upgrade
ALTER TABLE order_lines ADD COLUMN total numeric GENERATED ALWAYS AS (price * qty) STORED;
