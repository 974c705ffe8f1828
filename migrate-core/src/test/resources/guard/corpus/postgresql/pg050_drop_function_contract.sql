-- revision: pg050
-- down_revision: none
-- message: drop function contract
-- phase: contract

-- expect blocking = safe

-- migrate:upgrade
DROP FUNCTION normalize_email(text);
