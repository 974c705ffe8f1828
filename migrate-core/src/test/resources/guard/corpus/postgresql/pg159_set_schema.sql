-- revision: pg159
-- down_revision: none
-- message: set schema
-- phase: migrate

-- expect blocking = rename-table

-- migrate:upgrade
ALTER TABLE users SET SCHEMA archive;
