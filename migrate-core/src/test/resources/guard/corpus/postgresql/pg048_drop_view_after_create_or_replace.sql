-- revision: pg048
-- down_revision: none
-- message: drop view after create or replace
-- phase: expand

-- expect blocking = drop-object

-- migrate:upgrade
CREATE OR REPLACE VIEW active_users_v2 AS SELECT id, email FROM users WHERE active;
DROP VIEW active_users;
