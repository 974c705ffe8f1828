-- revision: pg172
-- down_revision: none
-- message: nested comment
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
/* outer /* DROP TABLE users; */ still a comment; TRUNCATE users; */
ALTER TABLE users ADD COLUMN z text;
