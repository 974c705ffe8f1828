-- revision: my014
-- down_revision: none
-- message: truncate
-- phase: expand

-- expect blocking = truncate

-- migrate:upgrade
TRUNCATE TABLE audit_log;
