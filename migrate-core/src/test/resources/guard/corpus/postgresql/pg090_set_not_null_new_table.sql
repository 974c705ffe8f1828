-- revision: pg090
-- down_revision: none
-- message: set not null new table
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE TABLE audit (id bigint, note text);
ALTER TABLE audit ALTER COLUMN note SET NOT NULL;
