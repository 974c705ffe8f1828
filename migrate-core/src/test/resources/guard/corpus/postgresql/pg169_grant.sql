-- revision: pg169
-- down_revision: none
-- message: grant
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
GRANT SELECT ON users TO reporting;
