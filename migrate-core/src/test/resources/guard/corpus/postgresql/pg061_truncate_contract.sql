-- revision: pg061
-- down_revision: none
-- message: truncate contract
-- phase: contract

-- expect blocking = safe

-- migrate:upgrade
TRUNCATE audit_log;
