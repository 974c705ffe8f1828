-- revision: pg027
-- down_revision: none
-- message: drop constraint
-- phase: expand

-- expect blocking = drop-constraint

-- migrate:upgrade
ALTER TABLE users DROP CONSTRAINT users_email_key;
