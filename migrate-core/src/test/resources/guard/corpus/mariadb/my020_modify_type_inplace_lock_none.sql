-- revision: my020
-- down_revision: none
-- message: modify type inplace lock none
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users MODIFY COLUMN bio varchar(500), ALGORITHM=INPLACE, LOCK=NONE;
