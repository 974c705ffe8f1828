-- revision: my002
-- down_revision: none
-- message: drop table backticks
-- phase: migrate

-- expect blocking = drop-table

-- migrate:upgrade
drop table if exists `app`.`Sessions`;
