-- revision: pg041
-- down_revision: none
-- message: drop procedure
-- phase: expand

-- expect blocking = drop-object

-- migrate:upgrade
DROP PROCEDURE archive_orders(date);
