-- revision: pg131
-- down_revision: none
-- message: create index on only parent
-- phase: expand
-- transactional: false

-- expect blocking = safe

-- migrate:upgrade
CREATE INDEX measurement_at_idx ON ONLY measurement (at);
CREATE INDEX CONCURRENTLY measurement_y2025_at_idx ON measurement_y2025 (at);
ALTER INDEX measurement_at_idx ATTACH PARTITION measurement_y2025_at_idx;
