-- revision: 0e0000000001
-- down_revision: none
-- message: create owners
-- phase: expand

-- migrate:upgrade
CREATE TABLE owners (id bigint primary key, name varchar(100) not null);

-- migrate:downgrade
DROP TABLE owners;
