-- revision: pg103
-- down_revision: none
-- message: add nullable
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users ADD COLUMN phone text;
