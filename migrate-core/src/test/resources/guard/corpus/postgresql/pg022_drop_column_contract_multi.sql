-- revision: pg022
-- down_revision: none
-- message: drop column contract multi
-- phase: contract

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users DROP COLUMN phone, DROP COLUMN fax;
