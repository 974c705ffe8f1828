-- revision: my010
-- down_revision: none
-- message: drop procedure
-- phase: expand

-- expect blocking = drop-object

-- migrate:upgrade
DROP PROCEDURE IF EXISTS archive_orders;
