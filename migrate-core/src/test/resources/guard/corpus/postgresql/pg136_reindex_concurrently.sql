-- revision: pg136
-- down_revision: none
-- message: reindex concurrently
-- phase: expand
-- transactional: false

-- expect blocking = safe

-- migrate:upgrade
REINDEX INDEX CONCURRENTLY users_email_idx;
