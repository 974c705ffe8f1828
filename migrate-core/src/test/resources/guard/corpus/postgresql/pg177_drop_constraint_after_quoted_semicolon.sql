-- revision: pg177
-- down_revision: none
-- message: drop constraint after quoted semicolon
-- phase: expand

-- expect blocking = drop-constraint

-- migrate:upgrade
ALTER TABLE "a;b" DROP CONSTRAINT "c;d";
