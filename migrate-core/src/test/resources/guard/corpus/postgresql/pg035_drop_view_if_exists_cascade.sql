-- revision: pg035
-- down_revision: none
-- message: drop view if exists cascade
-- phase: migrate

-- expect blocking = drop-object

-- migrate:upgrade
DROP VIEW IF EXISTS reporting.active_users CASCADE;
