-- revision: pg094
-- down_revision: none
-- message: add not null default null
-- phase: expand

-- expect blocking = add-column-not-null

-- migrate:upgrade
ALTER TABLE users ADD COLUMN age int NOT NULL DEFAULT NULL;
