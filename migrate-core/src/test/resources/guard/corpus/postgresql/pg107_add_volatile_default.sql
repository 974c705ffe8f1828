-- revision: pg107
-- down_revision: none
-- message: add volatile default
-- phase: expand

-- expect blocking = add-column-rewrite

-- migrate:upgrade
ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();
