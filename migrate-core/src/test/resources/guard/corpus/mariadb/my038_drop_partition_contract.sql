-- revision: my038
-- down_revision: none
-- message: drop partition contract
-- phase: contract

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE events DROP PARTITION IF EXISTS p2019;
