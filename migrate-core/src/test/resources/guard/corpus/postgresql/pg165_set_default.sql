-- revision: pg165
-- down_revision: none
-- message: set default
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users ALTER COLUMN visits SET DEFAULT 0;
