-- revision: 8b9c0d1e2f08
-- down_revision: 7a8b9c0d1e07
-- message: index titles without blocking writes
-- phase: expand
-- transactional: false

-- migrate:upgrade
-- PostgreSQL only (a folder named postgresql is read only on PostgreSQL): CONCURRENTLY cannot run inside a
-- transaction, hence transactional: false. It does not block writes while it builds.
CREATE INDEX CONCURRENTLY IF NOT EXISTS bookmarks_title ON bookmarks (title);

-- migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS bookmarks_title;
