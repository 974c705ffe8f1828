-- revision: 0a0000000003
-- down_revision: 0a0000000002
-- message: seed owners
-- phase: migrate

-- migrate:upgrade
INSERT INTO owners (id, name) VALUES (1, 'George Franklin');
INSERT INTO owners (id, name) VALUES (2, 'Betty Davis');

-- migrate:downgrade
DELETE FROM owners;
