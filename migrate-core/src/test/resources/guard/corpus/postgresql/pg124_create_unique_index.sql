-- revision: pg124
-- down_revision: none
-- message: create unique index
-- phase: expand

-- expect blocking = create-index-blocking

-- migrate:upgrade
CREATE UNIQUE INDEX IF NOT EXISTS users_email_key ON users USING btree (email);
