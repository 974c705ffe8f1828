-- revision: pg156
-- down_revision: none
-- message: rename table
-- phase: expand

-- expect blocking = rename-table

-- migrate:upgrade
ALTER TABLE users RENAME TO people;
