-- revision: pg189
-- down_revision: none
-- message: merge update only
-- phase: migrate

-- expect blocking = safe

-- migrate:upgrade
MERGE INTO stock s USING deliveries d ON s.item_id = d.item_id
WHEN MATCHED THEN UPDATE SET qty = s.qty + d.qty
WHEN NOT MATCHED THEN INSERT (item_id, qty) VALUES (d.item_id, d.qty);
