-- revision: pg036
-- down_revision: none
-- message: drop materialized view
-- phase: expand

-- expect blocking = drop-object

-- migrate:upgrade
DROP MATERIALIZED VIEW daily_totals;
