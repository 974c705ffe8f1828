-- revision: my026
-- down_revision: none
-- message: add index online
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users ADD INDEX users_email_idx (email), ALGORITHM=INPLACE, LOCK=NONE;
