-- revision: pg104
-- down_revision: none
-- message: add nullable default null
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users ADD COLUMN phone text DEFAULT NULL;
