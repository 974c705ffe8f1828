-- revision: pg176
-- down_revision: none
-- message: delete after block comment same line
-- phase: expand

-- expect blocking = delete-all-rows

-- migrate:upgrade
/* cleanup */ DELETE FROM tokens;
