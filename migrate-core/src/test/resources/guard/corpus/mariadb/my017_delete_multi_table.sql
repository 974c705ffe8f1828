-- revision: my017
-- down_revision: none
-- message: delete multi table
-- phase: migrate

-- expect blocking = delete-rows

-- migrate:upgrade
DELETE s FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.banned = 1;
