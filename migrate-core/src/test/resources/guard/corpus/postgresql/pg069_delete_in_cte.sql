-- revision: pg069
-- down_revision: none
-- message: delete in cte
-- phase: migrate

-- expect blocking = delete-rows

-- migrate:upgrade
WITH gone AS (
  DELETE FROM sessions WHERE expires_at < now() RETURNING id
)
SELECT count(*) FROM gone;
