-- revision: pg040
-- down_revision: none
-- message: drop function two
-- phase: migrate

-- expect blocking = drop-object

-- migrate:upgrade
DROP FUNCTION IF EXISTS a(int), b(text, int);
