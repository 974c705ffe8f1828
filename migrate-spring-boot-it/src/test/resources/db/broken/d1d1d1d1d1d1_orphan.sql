-- revision: d1d1d1d1d1d1
-- down_revision: 0000deadbeef
-- message: names a parent nobody has

-- migrate:upgrade
CREATE TABLE orphans (id int primary key);
