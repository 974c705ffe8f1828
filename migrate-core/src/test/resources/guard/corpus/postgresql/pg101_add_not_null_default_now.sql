-- revision: pg101
-- down_revision: none
-- message: add not null default now
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
