-- revision: my031
-- down_revision: none
-- message: drop in hash comment
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
# DROP TABLE users;
ALTER TABLE users ADD COLUMN nickname varchar(40);
