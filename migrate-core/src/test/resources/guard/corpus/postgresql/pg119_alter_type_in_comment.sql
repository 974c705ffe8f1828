-- revision: pg119
-- down_revision: none
-- message: alter type in comment
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
-- ALTER TABLE users ALTER COLUMN age TYPE bigint; comes in a later release
SELECT 1;
