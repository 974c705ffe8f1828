-- revision: pg019
-- down_revision: none
-- message: drop column multi action
-- phase: expand

-- expect blocking = drop-column

-- migrate:upgrade
ALTER TABLE users ADD COLUMN nickname text, DROP COLUMN phone;
