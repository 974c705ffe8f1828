-- revision: g2
-- down_revision: k1
-- message: email is gone
-- phase: expand

-- migrate:upgrade
ALTER TABLE people DROP COLUMN email;

-- migrate:downgrade
ALTER TABLE people ADD COLUMN email varchar(100);
