-- revision: pg055
-- down_revision: none
-- message: create or replace function
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE OR REPLACE FUNCTION normalize_email(e text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim(e)) $$;
