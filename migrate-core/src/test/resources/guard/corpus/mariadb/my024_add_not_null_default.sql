-- revision: my024
-- down_revision: none
-- message: add not null default
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users ADD COLUMN age int NOT NULL DEFAULT 0, ALGORITHM=INSTANT;
