-- revision: pg064
-- down_revision: none
-- message: delete all
-- phase: expand

-- expect blocking = delete-all-rows

-- migrate:upgrade
DELETE FROM tokens;
