-- revision: pg056
-- down_revision: none
-- message: drop in function body
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE FUNCTION cleanup() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  DELETE FROM sessions WHERE user_id = OLD.id;
  DROP VIEW IF EXISTS tmp_view;
  RETURN OLD;
END
$fn$;
