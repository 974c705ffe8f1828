-- revision: pg095
-- down_revision: none
-- message: add default null not null
-- phase: migrate

-- expect blocking = add-column-not-null

-- migrate:upgrade
ALTER TABLE users ADD COLUMN age int DEFAULT NULL NOT NULL;
