-- revision: my011
-- down_revision: none
-- message: drop trigger
-- phase: migrate

-- expect blocking = drop-object

-- migrate:upgrade
DROP TRIGGER users_touch;
