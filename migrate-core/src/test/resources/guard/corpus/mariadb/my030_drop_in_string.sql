-- revision: my030
-- down_revision: none
-- message: drop in string
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
INSERT INTO notes (body) VALUES ("DROP TABLE users"), ('TRUNCATE x');
