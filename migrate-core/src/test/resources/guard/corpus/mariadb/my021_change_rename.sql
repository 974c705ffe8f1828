-- revision: my021
-- down_revision: none
-- message: change rename
-- phase: expand

-- expect blocking = alter-column-type, rename-column

-- migrate:upgrade
ALTER TABLE users CHANGE email mail varchar(255);
