-- revision: pg043
-- down_revision: none
-- message: drop schema
-- phase: expand

-- expect blocking = drop-object

-- migrate:upgrade
DROP SCHEMA archive CASCADE;
