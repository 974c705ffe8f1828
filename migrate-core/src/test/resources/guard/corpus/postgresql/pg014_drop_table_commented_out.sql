-- revision: pg014
-- down_revision: none
-- message: drop table commented out
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users ADD COLUMN nickname text;
-- DROP TABLE sessions;
/* DROP TABLE tokens; */
