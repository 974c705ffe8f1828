-- revision: pg167
-- down_revision: none
-- message: create view
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE VIEW recent_orders AS SELECT * FROM orders WHERE created_at > now() - interval '7 days';
