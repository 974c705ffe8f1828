-- revision: pg163
-- down_revision: none
-- message: insert values
-- phase: migrate

-- expect blocking = safe

-- migrate:upgrade
INSERT INTO places (name) VALUES ('Drop-off point'), ('DELETE FROM everything');
