-- revision: pg114
-- down_revision: none
-- message: alter set data type
-- phase: migrate

-- expect blocking = alter-column-type

-- migrate:upgrade
ALTER TABLE users ALTER age SET DATA TYPE text USING age::text;
