-- revision: pg099
-- down_revision: none
-- message: add not null default zero
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users ADD COLUMN visits bigint NOT NULL DEFAULT 0;
