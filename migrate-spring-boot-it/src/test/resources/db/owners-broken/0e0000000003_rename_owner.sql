-- revision: 0e0000000003
-- down_revision: 0e0000000002
-- message: half done
-- transactional: false

-- migrate:upgrade
UPDATE owners SET name = 'renamed' WHERE id = 1;
INSERT INTO no_such_table (id) VALUES (1);

-- migrate:downgrade
UPDATE owners SET name = 'restored' WHERE id = 1;
