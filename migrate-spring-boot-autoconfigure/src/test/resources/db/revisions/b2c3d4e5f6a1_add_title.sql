-- revision: b2c3d4e5f6a1
-- down_revision: a1b2c3d4e5f6
-- message: add title to bookmarks
-- phase: expand

-- migrate:upgrade
ALTER TABLE bookmarks ADD COLUMN title varchar(100);

-- migrate:downgrade
ALTER TABLE bookmarks DROP COLUMN title;
