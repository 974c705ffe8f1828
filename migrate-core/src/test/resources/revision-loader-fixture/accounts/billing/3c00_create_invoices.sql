-- revision: 3c00
-- down_revision: 2b00
-- depends_on: 1a00

-- migrate:upgrade
CREATE TABLE invoices (id bigint PRIMARY KEY);
