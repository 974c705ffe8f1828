-- revision: postgresql01
-- down_revision: none
-- message: the postgresql set

-- migrate:upgrade
CREATE TABLE postgresql_only (id int primary key);

-- migrate:downgrade
DROP TABLE postgresql_only;
