-- revision: k2
-- down_revision: k1
-- message: phone of a person
-- phase: expand

-- migrate:upgrade
ALTER TABLE people ADD COLUMN phone varchar(20);

-- migrate:downgrade
ALTER TABLE people DROP COLUMN phone;
