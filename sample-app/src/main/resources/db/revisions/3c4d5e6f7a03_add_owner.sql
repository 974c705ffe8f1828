-- revision: 3c4d5e6f7a03
-- down_revision: 1a2b3c4d5e01
-- message: owner of a bookmark
-- phase: expand
-- branch_labels: owners

-- migrate:upgrade
-- ...while another adds owners on a branch of its own: no renumbering, no "out of order".
ALTER TABLE bookmarks ADD COLUMN owner varchar(100);

-- migrate:downgrade
ALTER TABLE bookmarks DROP COLUMN owner;
