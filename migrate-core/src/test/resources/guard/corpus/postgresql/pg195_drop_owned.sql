-- revision: pg195
-- down_revision: none
-- message: drop owned
-- phase: expand

-- expect blocking = drop-object

-- migrate:upgrade
DROP OWNED BY legacy_app;
