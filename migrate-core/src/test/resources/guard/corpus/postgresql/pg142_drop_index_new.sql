-- revision: pg142
-- down_revision: none
-- message: drop index new
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE TABLE scratch_table (id bigint);
CREATE INDEX scratch_idx ON scratch_table (id);
DROP INDEX scratch_idx;
