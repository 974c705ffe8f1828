-- revision: my037
-- down_revision: none
-- message: truncate partition
-- phase: migrate

-- expect blocking = truncate

-- migrate:upgrade
ALTER TABLE events TRUNCATE PARTITION p2020, p2021;
