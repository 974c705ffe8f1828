-- revision: pg160
-- down_revision: none
-- message: rename constraint
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users RENAME CONSTRAINT users_email_key TO users_email_uq;
