-- revision: pg133
-- down_revision: none
-- message: attach partition index
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER INDEX events_at_idx ATTACH PARTITION events_2025_at_idx;
