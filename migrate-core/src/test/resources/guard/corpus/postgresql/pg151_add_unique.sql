-- revision: pg151
-- down_revision: none
-- message: add unique
-- phase: expand

-- expect blocking = constraint-builds-index

-- migrate:upgrade
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
