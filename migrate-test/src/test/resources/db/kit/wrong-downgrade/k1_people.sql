-- revision: k1
-- down_revision: none
-- message: people
-- phase: expand

-- migrate:upgrade
CREATE TABLE people (id int NOT NULL PRIMARY KEY, name varchar(50) NOT NULL, email varchar(100));

-- migrate:downgrade
DROP TABLE people;
