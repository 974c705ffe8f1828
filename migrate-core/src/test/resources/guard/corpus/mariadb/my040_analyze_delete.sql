-- revision: my040
-- down_revision: none
-- message: analyze delete
-- phase: migrate

-- expect blocking = delete-rows

-- migrate:upgrade
ANALYZE DELETE FROM sessions WHERE expires_at < NOW();
