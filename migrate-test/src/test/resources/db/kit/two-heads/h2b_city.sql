-- revision: h2b
-- down_revision: k1
-- message: city
-- phase: expand

-- migrate:upgrade
ALTER TABLE people ADD COLUMN city varchar(20);

-- migrate:downgrade
ALTER TABLE people DROP COLUMN city;
