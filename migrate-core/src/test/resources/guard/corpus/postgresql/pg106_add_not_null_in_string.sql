-- revision: pg106
-- down_revision: none
-- message: add not null in string
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users ADD COLUMN hint text DEFAULT 'NOT NULL';
