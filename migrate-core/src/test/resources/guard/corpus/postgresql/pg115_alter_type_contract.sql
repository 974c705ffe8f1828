-- revision: pg115
-- down_revision: none
-- message: alter type contract
-- phase: contract

-- expect blocking = alter-column-type

-- migrate:upgrade
ALTER TABLE users ALTER COLUMN email TYPE varchar(100);
