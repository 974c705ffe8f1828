-- revision: 9a0000000005
-- down_revision: 9a0000000004
-- message: a statement that fails
-- phase: expand
-- transactional: false
-- migrate:upgrade
INSERT INTO no_such_table (id) VALUES (1);
