-- revision: 2b0000000002
-- down_revision: 1a0000000001
-- message: add name beside old_name
-- phase: expand

-- migrate:upgrade
ALTER TABLE items ADD name varchar(50);
UPDATE items SET name = old_name;
