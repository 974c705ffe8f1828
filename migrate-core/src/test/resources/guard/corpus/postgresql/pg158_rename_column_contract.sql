-- revision: pg158
-- down_revision: none
-- message: rename column contract
-- phase: contract

-- expect blocking = rename-column

-- migrate:upgrade
ALTER TABLE users RENAME email TO mail;
