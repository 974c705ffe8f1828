-- revision: 9c0d1e2f3a09
-- down_revision: 8b9c0d1e2f08
-- message: a revision that fails
-- phase: expand

-- migrate:upgrade
INSERT INTO no_such_table (id) VALUES (1);
