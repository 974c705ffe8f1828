-- revision: pg180
-- down_revision: none
-- message: contract mixed
-- phase: contract

-- expect blocking = create-index-blocking

-- migrate:upgrade
ALTER TABLE users DROP COLUMN phone;
DROP VIEW old_users;
CREATE INDEX users_age_idx ON users (age);
