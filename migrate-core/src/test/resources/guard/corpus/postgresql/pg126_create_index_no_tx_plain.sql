-- revision: pg126
-- down_revision: none
-- message: create index no tx plain
-- phase: expand
-- transactional: false

-- expect blocking = create-index-blocking

-- migrate:upgrade
CREATE INDEX orders_created_idx ON orders (created_at);
