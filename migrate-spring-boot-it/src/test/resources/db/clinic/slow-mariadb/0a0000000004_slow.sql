-- revision: 0a0000000004
-- down_revision: 0a0000000003
-- message: a slow revision
-- phase: expand

-- migrate:upgrade
SELECT SLEEP(3);

-- migrate:downgrade
SELECT 1;
