-- revision: pg084
-- down_revision: none
-- message: set not null contract
-- phase: contract

-- expect blocking = set-not-null

-- migrate:upgrade
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
