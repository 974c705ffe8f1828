-- revision: pg130
-- down_revision: none
-- message: create index new table
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE TABLE tags (id bigint, label text);
CREATE INDEX tags_label_idx ON tags (label);
