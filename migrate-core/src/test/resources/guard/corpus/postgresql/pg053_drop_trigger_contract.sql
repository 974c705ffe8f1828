-- revision: pg053
-- down_revision: none
-- message: drop trigger contract
-- phase: contract

-- expect blocking = safe

-- migrate:upgrade
DROP TRIGGER users_touch ON users;
