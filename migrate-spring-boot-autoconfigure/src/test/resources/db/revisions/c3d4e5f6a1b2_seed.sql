-- revision: c3d4e5f6a1b2
-- down_revision: b2c3d4e5f6a1
-- message: seed a bookmark

-- migrate:upgrade
INSERT INTO bookmarks (id, url, title) VALUES (1, 'https://alembic.sqlalchemy.org', 'Alembic');

-- migrate:downgrade
DELETE FROM bookmarks WHERE id = 1;
