-- revision: pg011
-- down_revision: none
-- message: drop table in string
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
INSERT INTO audit_notes (note) VALUES ('DROP TABLE sessions; -- done by hand');
