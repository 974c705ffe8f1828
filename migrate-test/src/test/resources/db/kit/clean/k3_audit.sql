-- revision: k3
-- down_revision: k2
-- message: audit table, kept for good
-- phase: expand

-- migrate:upgrade
CREATE TABLE audit (id int NOT NULL PRIMARY KEY, person_id int REFERENCES people (id));
