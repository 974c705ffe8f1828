-- revision: pg113
-- down_revision: none
-- message: alter type
-- phase: expand

-- expect blocking = alter-column-type

-- migrate:upgrade
ALTER TABLE users ALTER COLUMN age TYPE bigint;
