-- revision: pg004
-- down_revision: none
-- message: drop table no phase

-- expect blocking = drop-table

-- migrate:upgrade
DROP TABLE legacy_audit;
