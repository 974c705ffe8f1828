-- revision: pg096
-- down_revision: none
-- message: add not null contract
-- phase: contract

-- expect blocking = add-column-not-null

-- migrate:upgrade
ALTER TABLE users ADD COLUMN age int NOT NULL;
