-- revision: my003
-- down_revision: none
-- message: drop table contract
-- phase: contract

-- expect blocking = safe

-- migrate:upgrade
DROP TABLE sessions;
