-- revision: pg074
-- down_revision: none
-- message: delete contract
-- phase: contract

-- expect blocking = safe

-- migrate:upgrade
DELETE FROM sessions WHERE user_id IS NULL;
