-- revision: 1a00
-- down_revision: none
-- message: create users

-- migrate:upgrade
CREATE TABLE users (id bigint PRIMARY KEY);

-- migrate:downgrade
DROP TABLE users;
