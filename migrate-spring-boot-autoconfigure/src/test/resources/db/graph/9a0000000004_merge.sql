-- revision: 9a0000000004
-- down_revision: 9a0000000002, 9a0000000003
-- message: merge titles and tags
-- phase: expand

-- migrate:upgrade
SELECT 1;
