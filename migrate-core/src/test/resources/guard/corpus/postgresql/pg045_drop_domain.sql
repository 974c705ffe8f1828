-- revision: pg045
-- down_revision: none
-- message: drop domain
-- phase: migrate

-- expect blocking = drop-object

-- migrate:upgrade
DROP DOMAIN email_address;
