-- revision: pg063
-- down_revision: none
-- message: truncate in string
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
INSERT INTO jobs (command) VALUES ('TRUNCATE audit_log');
