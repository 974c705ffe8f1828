-- revision: pg016
-- down_revision: none
-- message: drop column short
-- phase: migrate

-- expect blocking = drop-column

-- migrate:upgrade
ALTER TABLE users DROP phone;
