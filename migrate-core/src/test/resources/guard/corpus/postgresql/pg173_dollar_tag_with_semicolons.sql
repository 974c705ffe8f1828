-- revision: pg173
-- down_revision: none
-- message: dollar tag with semicolons
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $x$ SELECT 'a;b'; $x$;
ALTER TABLE users ADD COLUMN y text;
