-- revision: 1a0000000001
-- down_revision: none
-- message: create items
-- phase: expand

-- migrate:upgrade
CREATE TABLE items (id int primary key, old_name varchar(50));
INSERT INTO items (id, old_name) VALUES (1, 'first');
