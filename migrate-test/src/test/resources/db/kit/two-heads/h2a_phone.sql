-- revision: h2a
-- down_revision: k1
-- message: phone
-- phase: expand

-- migrate:upgrade
ALTER TABLE people ADD COLUMN phone varchar(20);

-- migrate:downgrade
ALTER TABLE people DROP COLUMN phone;
