-- revision: pg192
-- down_revision: none
-- message: grant delete truncate
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
GRANT SELECT, DELETE, TRUNCATE ON sessions TO janitor;
