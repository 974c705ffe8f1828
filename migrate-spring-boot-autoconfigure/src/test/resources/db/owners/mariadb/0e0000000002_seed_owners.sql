-- revision: 0e0000000002
-- down_revision: 0e0000000001
-- message: seed owners on mariadb

-- migrate:upgrade
INSERT INTO owners (id, name) VALUES (1, 'mariadb');

-- migrate:downgrade
DELETE FROM owners WHERE id = 1;
