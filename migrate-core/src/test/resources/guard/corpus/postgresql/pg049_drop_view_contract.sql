-- revision: pg049
-- down_revision: none
-- message: drop view contract
-- phase: contract

-- expect blocking = safe

-- migrate:upgrade
DROP VIEW active_users;
