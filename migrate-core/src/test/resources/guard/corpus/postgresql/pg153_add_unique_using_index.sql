-- revision: pg153
-- down_revision: none
-- message: add unique using index
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;
