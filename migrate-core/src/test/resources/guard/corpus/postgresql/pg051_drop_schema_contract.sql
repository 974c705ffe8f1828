-- revision: pg051
-- down_revision: none
-- message: drop schema contract
-- phase: contract

-- expect blocking = safe

-- migrate:upgrade
DROP SCHEMA archive CASCADE;
