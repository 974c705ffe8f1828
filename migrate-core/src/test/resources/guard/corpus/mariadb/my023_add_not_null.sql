-- revision: my023
-- down_revision: none
-- message: add not null
-- phase: expand

-- expect blocking = add-column-not-null

-- migrate:upgrade
ALTER TABLE users ADD COLUMN age int NOT NULL, ALGORITHM=INSTANT;
