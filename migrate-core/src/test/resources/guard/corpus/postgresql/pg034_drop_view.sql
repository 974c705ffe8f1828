-- revision: pg034
-- down_revision: none
-- message: drop view
-- phase: expand

-- expect blocking = drop-object

-- migrate:upgrade
DROP VIEW active_users;
