-- revision: pg012
-- down_revision: none
-- message: drop table in dollar body
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE OR REPLACE FUNCTION purge_sessions() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DROP TABLE sessions;
END
$$;
