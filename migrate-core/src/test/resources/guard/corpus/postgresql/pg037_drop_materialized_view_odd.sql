-- revision: pg037
-- down_revision: none
-- message: drop materialized view odd
-- phase: expand

-- expect blocking = drop-object

-- migrate:upgrade
drop materialized
  view if exists "Daily Totals";
