-- revision: pg112
-- down_revision: none
-- message: add default then set
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users ADD COLUMN token uuid;
ALTER TABLE users ALTER COLUMN token SET DEFAULT gen_random_uuid();
