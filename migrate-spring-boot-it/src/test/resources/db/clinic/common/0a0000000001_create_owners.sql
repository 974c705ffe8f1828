-- revision: 0a0000000001
-- down_revision: none
-- message: create owners
-- phase: expand

-- migrate:upgrade
CREATE TABLE owners (id INTEGER PRIMARY KEY, name VARCHAR(80) NOT NULL);

-- migrate:downgrade
DROP TABLE owners;
