-- revision: 2b00
-- down_revision: 1a00
-- message: add phone to users
-- phase: expand
-- branch_labels: accounts

-- migrate:upgrade
ALTER TABLE users ADD COLUMN phone varchar(20);
