-- revision: my039
-- down_revision: none
-- message: add partition
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE events ADD PARTITION (PARTITION p2027 VALUES LESS THAN (2028));
