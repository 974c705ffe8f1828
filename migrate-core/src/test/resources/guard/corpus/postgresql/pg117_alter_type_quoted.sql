-- revision: pg117
-- down_revision: none
-- message: alter type quoted
-- phase: expand

-- expect blocking = alter-column-type

-- migrate:upgrade
ALTER TABLE "Orders" ALTER COLUMN "Total" TYPE numeric;
