-- revision: pg102
-- down_revision: none
-- message: add not null default jsonb
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users ADD COLUMN settings jsonb NOT NULL DEFAULT '{}'::jsonb;
