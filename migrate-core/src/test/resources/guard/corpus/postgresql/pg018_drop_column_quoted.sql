-- revision: pg018
-- down_revision: none
-- message: drop column quoted
-- phase: expand

-- expect blocking = drop-column

-- migrate:upgrade
ALTER TABLE "App"."User Accounts" DROP COLUMN "E-mail";
