-- revision: pg067
-- down_revision: none
-- message: delete where subquery
-- phase: expand

-- expect blocking = delete-rows

-- migrate:upgrade
DELETE FROM users WHERE id IN (SELECT user_id FROM bans);
