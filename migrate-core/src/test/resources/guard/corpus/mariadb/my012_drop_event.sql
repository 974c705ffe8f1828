-- revision: my012
-- down_revision: none
-- message: drop event
-- phase: expand

-- expect blocking = drop-object

-- migrate:upgrade
DROP EVENT purge_sessions;
