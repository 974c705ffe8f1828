-- revision: pg085
-- down_revision: none
-- message: set not null multi action
-- phase: contract

-- expect blocking = set-not-null

-- migrate:upgrade
ALTER TABLE users ALTER COLUMN nickname SET DEFAULT '', ALTER COLUMN email SET NOT NULL;
