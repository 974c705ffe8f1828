-- revision: 8b9c0d1e2f08
-- down_revision: 7a8b9c0d1e07
-- message: index titles
-- phase: expand

-- migrate:upgrade
-- H2's copy of postgresql/8b9c0d1e2f08 (a folder named h2 is read only on H2): the same index, so
-- that the entities (BookmarkEntry's @Index) and the revisions agree on both databases. H2 has no
-- CONCURRENTLY, and an embedded database no rolling deploy to keep writing.
CREATE INDEX bookmarks_title ON bookmarks (title);

-- migrate:downgrade
DROP INDEX bookmarks_title;
