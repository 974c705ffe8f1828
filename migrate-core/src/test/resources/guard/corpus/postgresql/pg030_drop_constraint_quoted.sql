-- revision: pg030
-- down_revision: none
-- message: drop constraint quoted

-- expect blocking = drop-constraint

-- migrate:upgrade
ALTER TABLE "Orders" DROP CONSTRAINT "Orders_pkey";
