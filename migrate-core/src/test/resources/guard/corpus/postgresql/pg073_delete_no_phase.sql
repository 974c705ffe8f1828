-- revision: pg073
-- down_revision: none
-- message: delete no phase

-- expect blocking = delete-rows

-- migrate:upgrade
DELETE FROM users WHERE email LIKE '%@example.com';
