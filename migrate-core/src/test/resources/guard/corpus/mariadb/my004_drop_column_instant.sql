-- revision: my004
-- down_revision: none
-- message: drop column instant
-- phase: expand

-- expect blocking = drop-column

-- migrate:upgrade
ALTER TABLE users DROP COLUMN phone, ALGORITHM=INSTANT;
