-- revision: 9a0000000003
-- down_revision: 9a0000000001
-- message: create tags
-- phase: expand
-- depends_on: titles
-- migrate:upgrade
CREATE TABLE tags (id int primary key);
