-- revision: pg118
-- down_revision: none
-- message: alter type new table
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE TABLE metrics (v int);
ALTER TABLE metrics ALTER COLUMN v TYPE bigint;
