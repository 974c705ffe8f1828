-- revision: pg065
-- down_revision: none
-- message: delete all only
-- phase: migrate

-- expect blocking = delete-all-rows

-- migrate:upgrade
delete from only tokens ;
