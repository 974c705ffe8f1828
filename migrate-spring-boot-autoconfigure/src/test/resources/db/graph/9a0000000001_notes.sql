-- revision: 9a0000000001
-- down_revision: none
-- message: create notes
-- phase: expand

-- migrate:upgrade
CREATE TABLE notes (id int primary key);
