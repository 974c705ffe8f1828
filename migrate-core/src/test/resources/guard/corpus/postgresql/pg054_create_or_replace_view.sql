-- revision: pg054
-- down_revision: none
-- message: create or replace view
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE OR REPLACE VIEW active_users AS SELECT id, email, created_at FROM users WHERE active;
