-- revision: pg181
-- down_revision: none
-- message: contract all destructive
-- phase: contract

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users DROP COLUMN phone;
DROP TABLE sessions;
DROP VIEW active_users;
ALTER TABLE users DROP CONSTRAINT users_org_fk;
TRUNCATE audit;
DELETE FROM tokens;
DELETE FROM users WHERE deleted;
