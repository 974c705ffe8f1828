-- revision: pg013
-- down_revision: none
-- message: drop table in tagged dollar
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
DO $purge$ BEGIN EXECUTE 'DROP TABLE sessions'; END $purge$;
