-- revision: pg132
-- down_revision: none
-- message: create index on only alone
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE INDEX events_at_idx ON ONLY events (at);
