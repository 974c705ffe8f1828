-- revision: my036
-- down_revision: none
-- message: drop partition
-- phase: expand

-- expect blocking = truncate

-- migrate:upgrade
ALTER TABLE events DROP PARTITION p2019;
