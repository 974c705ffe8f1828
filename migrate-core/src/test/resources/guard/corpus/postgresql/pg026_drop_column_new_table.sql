-- revision: pg026
-- down_revision: none
-- message: drop column new table
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS drafts (id bigint, body text, tmp text);
ALTER TABLE drafts DROP COLUMN tmp;
