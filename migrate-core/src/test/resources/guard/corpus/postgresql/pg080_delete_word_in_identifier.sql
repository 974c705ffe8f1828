-- revision: pg080
-- down_revision: none
-- message: delete word in identifier
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
UPDATE "delete" SET "from" = 1 WHERE id = 7;
