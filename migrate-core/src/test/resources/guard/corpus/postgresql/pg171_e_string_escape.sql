-- revision: pg171
-- down_revision: none
-- message: e string escape
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
INSERT INTO notes (body) VALUES (E'it\'s fine; DROP TABLE users; --');
