-- revision: pg178
-- down_revision: none
-- message: two statements one line
-- phase: migrate

-- expect blocking = drop-column, delete-all-rows

-- migrate:upgrade
ALTER TABLE users DROP COLUMN fax; DELETE FROM tokens;
