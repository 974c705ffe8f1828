-- revision: a1b2c3d4e5f6
-- down_revision: none
-- message: create bookmarks
-- phase: expand

-- migrate:upgrade
CREATE TABLE bookmarks (id int primary key, url varchar(200) not null);

-- migrate:downgrade
DROP TABLE bookmarks;
