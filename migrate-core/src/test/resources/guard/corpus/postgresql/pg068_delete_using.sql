-- revision: pg068
-- down_revision: none
-- message: delete using
-- phase: migrate

-- expect blocking = delete-rows

-- migrate:upgrade
DELETE FROM order_lines l USING orders o WHERE l.order_id = o.id AND o.cancelled;
