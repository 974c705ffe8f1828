-- revision: f2b2f2b2f2b2
-- down_revision: f1a1f1a1f1a1
-- message: a statement that fails

-- migrate:upgrade
INSERT INTO notes (id, body) VALUES (1, 'first');
INSERT INTO no_such_table (id) VALUES (1);
