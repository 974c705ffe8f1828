-- revision: pg076
-- down_revision: none
-- message: delete cte contract
-- phase: contract

-- expect blocking = safe

-- migrate:upgrade
WITH gone AS (DELETE FROM outbox WHERE sent RETURNING id) SELECT count(*) FROM gone;
