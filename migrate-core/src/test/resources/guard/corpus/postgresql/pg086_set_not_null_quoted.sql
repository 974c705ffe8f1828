-- revision: pg086
-- down_revision: none
-- message: set not null quoted
-- phase: expand

-- expect blocking = set-not-null

-- migrate:upgrade
ALTER TABLE "Users" ALTER COLUMN "Email" SET NOT NULL;
