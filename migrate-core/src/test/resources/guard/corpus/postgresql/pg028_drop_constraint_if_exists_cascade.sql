-- revision: pg028
-- down_revision: none
-- message: drop constraint if exists cascade
-- phase: migrate

-- expect blocking = drop-constraint

-- migrate:upgrade
ALTER TABLE IF EXISTS ONLY users DROP CONSTRAINT IF EXISTS users_org_fk CASCADE;
