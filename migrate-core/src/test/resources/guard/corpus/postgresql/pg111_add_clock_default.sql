-- revision: pg111
-- down_revision: none
-- message: add clock default
-- phase: contract

-- expect blocking = add-column-rewrite

-- migrate:upgrade
ALTER TABLE events ADD COLUMN seen timestamptz DEFAULT clock_timestamp();
