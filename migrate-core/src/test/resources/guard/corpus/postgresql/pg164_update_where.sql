-- revision: pg164
-- down_revision: none
-- message: update where
-- phase: migrate

-- expect blocking = safe

-- migrate:upgrade
UPDATE users SET locale = 'en' WHERE locale IS NULL AND id BETWEEN 1 AND 10000;
