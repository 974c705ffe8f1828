-- revision: pg100
-- down_revision: none
-- message: add not null default string
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users ADD COLUMN locale text NOT NULL DEFAULT 'en';
