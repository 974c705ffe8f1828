-- revision: 9a0000000002
-- down_revision: 9a0000000001
-- message: add title
-- phase: expand
-- branch_labels: titles
-- migrate:upgrade
ALTER TABLE notes ADD COLUMN title varchar(100);
