-- revision: my025
-- down_revision: none
-- message: add index plain
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users ADD INDEX users_email_idx (email);
