-- revision: pg162
-- down_revision: none
-- message: add column comment
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users ADD COLUMN note text;
COMMENT ON COLUMN users.note IS 'drop-in replacement for notes; delete freely';
