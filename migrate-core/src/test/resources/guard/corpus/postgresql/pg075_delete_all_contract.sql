-- revision: pg075
-- down_revision: none
-- message: delete all contract
-- phase: contract

-- expect blocking = safe

-- migrate:upgrade
DELETE FROM tokens;
