-- revision: pg081
-- down_revision: none
-- message: select deleted lookalike
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
SELECT count(*) FROM users WHERE deleted_at IS NOT NULL;
