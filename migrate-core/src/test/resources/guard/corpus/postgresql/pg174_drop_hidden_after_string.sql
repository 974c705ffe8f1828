-- revision: pg174
-- down_revision: none
-- message: drop hidden after string
-- phase: expand

-- expect blocking = drop-column

-- migrate:upgrade
INSERT INTO log (m) VALUES ('ok; -- not a comment');ALTER TABLE users DROP COLUMN phone;
