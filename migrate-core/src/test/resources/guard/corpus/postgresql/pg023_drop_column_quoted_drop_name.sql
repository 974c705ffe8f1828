-- revision: pg023
-- down_revision: none
-- message: drop column quoted drop name
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE "drop" ADD COLUMN "column" text;
