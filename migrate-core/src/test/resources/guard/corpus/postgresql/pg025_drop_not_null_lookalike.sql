-- revision: pg025
-- down_revision: none
-- message: drop not null lookalike
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users ALTER COLUMN phone DROP NOT NULL;
