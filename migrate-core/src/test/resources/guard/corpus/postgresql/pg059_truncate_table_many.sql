-- revision: pg059
-- down_revision: none
-- message: truncate table many
-- phase: migrate

-- expect blocking = truncate

-- migrate:upgrade
TRUNCATE TABLE ONLY audit_log, access_log RESTART IDENTITY CASCADE;
