-- revision: pg161
-- down_revision: none
-- message: rename index
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER INDEX users_email_idx RENAME TO users_mail_idx;
