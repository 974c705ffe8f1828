-- revision: pg157
-- down_revision: none
-- message: rename column
-- phase: expand

-- expect blocking = rename-column

-- migrate:upgrade
ALTER TABLE users RENAME COLUMN email TO mail;
