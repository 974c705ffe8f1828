-- revision: pg191
-- down_revision: none
-- message: sql function begin atomic
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE FUNCTION session_count(uid bigint) RETURNS bigint LANGUAGE sql
BEGIN ATOMIC
  SELECT count(*) FROM sessions WHERE user_id = uid;
END;
