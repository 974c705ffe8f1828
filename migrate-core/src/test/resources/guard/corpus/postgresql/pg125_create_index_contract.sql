-- revision: pg125
-- down_revision: none
-- message: create index contract
-- phase: contract

-- expect blocking = create-index-blocking

-- migrate:upgrade
CREATE INDEX orders_created_idx ON orders (created_at);
