-- revision: pg079
-- down_revision: none
-- message: delete in dollar
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE FUNCTION wipe() RETURNS void LANGUAGE sql AS $$ DELETE FROM tokens $$;
