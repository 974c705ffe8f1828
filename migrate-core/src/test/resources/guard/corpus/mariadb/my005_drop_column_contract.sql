-- revision: my005
-- down_revision: none
-- message: drop column contract
-- phase: contract

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users DROP COLUMN phone, ALGORITHM=INSTANT;
