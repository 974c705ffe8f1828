-- revision: pg091
-- down_revision: none
-- message: set not null in comment
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users ALTER COLUMN email SET DEFAULT ''; -- SET NOT NULL comes later
