-- revision: 5e6f7a8b9c05
-- down_revision: 4d5e6f7a8b04
-- message: expand - add link next to url
-- phase: expand

-- migrate:upgrade
-- Renaming url to link in one step would break the running version during a rolling deploy
-- (the guard reports rename-column). Expand: add the new column, nullable; both versions work.
ALTER TABLE bookmarks ADD COLUMN link varchar(2000);

-- migrate:downgrade
ALTER TABLE bookmarks DROP COLUMN link;
