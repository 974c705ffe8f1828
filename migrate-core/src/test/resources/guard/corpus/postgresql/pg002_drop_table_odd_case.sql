-- revision: pg002
-- down_revision: none
-- message: drop table odd case
-- phase: migrate

-- expect blocking = drop-table

-- migrate:upgrade
dRoP   tAbLe
   IF  EXISTS "App"."Sessions"   CaScAdE ;
