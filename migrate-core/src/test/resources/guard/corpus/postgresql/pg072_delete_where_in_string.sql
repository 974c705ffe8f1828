-- revision: pg072
-- down_revision: none
-- message: delete where in string
-- phase: expand

-- expect blocking = delete-all-rows

-- migrate:upgrade
DELETE FROM notes /* WHERE id = 1 */;
