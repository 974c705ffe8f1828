-- revision: pg082
-- down_revision: none
-- message: set not null
-- phase: expand

-- expect blocking = set-not-null

-- migrate:upgrade
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
