-- revision: pg135
-- down_revision: none
-- message: reindex
-- phase: expand

-- expect blocking = create-index-blocking

-- migrate:upgrade
REINDEX INDEX users_email_idx;
