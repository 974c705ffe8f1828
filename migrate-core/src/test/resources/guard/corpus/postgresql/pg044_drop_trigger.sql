-- revision: pg044
-- down_revision: none
-- message: drop trigger
-- phase: expand

-- expect blocking = drop-object

-- migrate:upgrade
DROP TRIGGER users_touch ON users;
