-- revision: pg179
-- down_revision: none
-- message: many hazards
-- phase: expand

-- expect blocking = drop-column, set-not-null, alter-column-type

-- migrate:upgrade
ALTER TABLE users ADD COLUMN score numeric(10, 2) NOT NULL DEFAULT 0, DROP COLUMN phone, ALTER COLUMN age TYPE bigint, ALTER COLUMN email SET NOT NULL;
