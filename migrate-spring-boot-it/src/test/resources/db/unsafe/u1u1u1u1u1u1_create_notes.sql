-- revision: u1u1u1u1u1u1
-- down_revision: none
-- message: create notes
-- phase: expand

-- migrate:upgrade
CREATE TABLE notes (id int PRIMARY KEY, body varchar(200));
