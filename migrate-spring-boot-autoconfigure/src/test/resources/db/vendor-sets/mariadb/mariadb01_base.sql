-- revision: mariadb01
-- down_revision: none
-- message: the mariadb set

-- migrate:upgrade
CREATE TABLE mariadb_only (id int primary key);

-- migrate:downgrade
DROP TABLE mariadb_only;
