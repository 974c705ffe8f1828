-- revision: h201
-- down_revision: none
-- message: the h2 set

-- migrate:upgrade
CREATE TABLE h2_only (id int primary key);

-- migrate:downgrade
DROP TABLE h2_only;
