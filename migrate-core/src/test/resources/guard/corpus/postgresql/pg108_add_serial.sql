-- revision: pg108
-- down_revision: none
-- message: add serial
-- phase: expand

-- expect blocking = add-column-rewrite

-- migrate:upgrade
ALTER TABLE users ADD COLUMN n bigserial;
