-- revision: my018
-- down_revision: none
-- message: modify type
-- phase: expand

-- expect blocking = alter-column-type

-- migrate:upgrade
ALTER TABLE users MODIFY email varchar(320) NOT NULL;
