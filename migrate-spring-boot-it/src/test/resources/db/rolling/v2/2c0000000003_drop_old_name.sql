-- revision: 2c0000000003
-- down_revision: 2b0000000002
-- message: drop old_name
-- phase: contract

-- migrate:upgrade
ALTER TABLE items DROP COLUMN old_name;
