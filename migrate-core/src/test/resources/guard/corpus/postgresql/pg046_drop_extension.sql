-- revision: pg046
-- down_revision: none
-- message: drop extension
-- phase: expand

-- expect blocking = drop-object

-- migrate:upgrade
DROP EXTENSION IF EXISTS pg_trgm;
