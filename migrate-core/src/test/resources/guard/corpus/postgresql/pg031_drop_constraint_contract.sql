-- revision: pg031
-- down_revision: none
-- message: drop constraint contract
-- phase: contract

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users DROP CONSTRAINT users_email_key;
