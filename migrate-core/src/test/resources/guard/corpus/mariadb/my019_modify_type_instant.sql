-- revision: my019
-- down_revision: none
-- message: modify type instant
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users MODIFY email varchar(200), ALGORITHM=INSTANT;
