-- revision: pg070
-- down_revision: none
-- message: delete all in cte
-- phase: expand

-- expect blocking = delete-all-rows

-- migrate:upgrade
WITH moved AS (DELETE FROM outbox RETURNING *)
INSERT INTO outbox_archive SELECT * FROM moved;
