-- revision: pg007
-- down_revision: none
-- message: drop table contract cascade
-- phase: contract

-- expect blocking = safe

-- migrate:upgrade
DROP TABLE IF EXISTS app.sessions CASCADE;
