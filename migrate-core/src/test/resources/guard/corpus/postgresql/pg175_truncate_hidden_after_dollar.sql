-- revision: pg175
-- down_revision: none
-- message: truncate hidden after dollar
-- phase: migrate

-- expect blocking = truncate

-- migrate:upgrade
DO $$ BEGIN RAISE NOTICE 'x'; END $$; TRUNCATE audit_log;
