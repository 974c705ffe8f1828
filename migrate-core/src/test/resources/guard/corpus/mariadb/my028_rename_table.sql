-- revision: my028
-- down_revision: none
-- message: rename table
-- phase: expand

-- expect blocking = rename-table

-- migrate:upgrade
RENAME TABLE users TO people;
