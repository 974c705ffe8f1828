-- revision: pg015
-- down_revision: none
-- message: drop column
-- phase: expand

-- expect blocking = drop-column

-- migrate:upgrade
ALTER TABLE users DROP COLUMN phone;
