-- revision: pg047
-- down_revision: none
-- message: drop policy
-- phase: expand

-- expect blocking = drop-object

-- migrate:upgrade
DROP POLICY tenant_isolation ON orders;
