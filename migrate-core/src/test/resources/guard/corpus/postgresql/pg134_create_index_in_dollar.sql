-- revision: pg134
-- down_revision: none
-- message: create index in dollar
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
DO $$ BEGIN EXECUTE 'CREATE INDEX users_email_idx ON users (email)'; END $$;
