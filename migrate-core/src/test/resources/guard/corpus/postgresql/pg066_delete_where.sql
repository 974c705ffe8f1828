-- revision: pg066
-- down_revision: none
-- message: delete where
-- phase: migrate

-- expect blocking = delete-rows

-- migrate:upgrade
DELETE FROM sessions WHERE expires_at < now() - interval '30 days';
