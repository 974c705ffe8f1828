-- revision: my015
-- down_revision: none
-- message: delete limit
-- phase: migrate

-- expect blocking = delete-rows

-- migrate:upgrade
DELETE FROM sessions WHERE expires_at < NOW() LIMIT 1000;
