-- revision: pg097
-- down_revision: none
-- message: add not null multi action
-- phase: expand

-- expect blocking = add-column-not-null

-- migrate:upgrade
ALTER TABLE users ADD COLUMN nickname text, ADD COLUMN age int NOT NULL;
