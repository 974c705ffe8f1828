-- revision: pg058
-- down_revision: none
-- message: truncate
-- phase: expand

-- expect blocking = truncate

-- migrate:upgrade
TRUNCATE audit_log;
