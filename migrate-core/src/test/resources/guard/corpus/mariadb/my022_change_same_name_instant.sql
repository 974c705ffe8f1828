-- revision: my022
-- down_revision: none
-- message: change same name instant
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users CHANGE COLUMN bio bio varchar(600), ALGORITHM=INSTANT;
