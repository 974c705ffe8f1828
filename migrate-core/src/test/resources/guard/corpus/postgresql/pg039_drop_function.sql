-- revision: pg039
-- down_revision: none
-- message: drop function
-- phase: expand

-- expect blocking = drop-object

-- migrate:upgrade
DROP FUNCTION normalize_email(text);
