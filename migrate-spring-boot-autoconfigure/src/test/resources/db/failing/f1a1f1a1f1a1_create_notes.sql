-- revision: f1a1f1a1f1a1
-- down_revision: none
-- message: create notes

-- migrate:upgrade
CREATE TABLE notes (id int primary key, body varchar(100));
