-- revision: pg193
-- down_revision: none
-- message: create rule on delete
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE RULE keep_users AS ON DELETE TO users DO INSTEAD NOTHING;
