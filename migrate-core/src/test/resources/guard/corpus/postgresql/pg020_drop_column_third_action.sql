-- revision: pg020
-- down_revision: none
-- message: drop column third action
-- phase: migrate

-- expect blocking = drop-column

-- migrate:upgrade
ALTER TABLE users
  ALTER COLUMN bio SET DEFAULT '',
  ADD COLUMN nickname text,
  DROP COLUMN IF EXISTS fax;
