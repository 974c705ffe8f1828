-- revision: pg024
-- down_revision: none
-- message: drop default lookalike
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users ALTER COLUMN phone DROP DEFAULT;
