-- revision: pg062
-- down_revision: none
-- message: truncate new table
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE TABLE import_buffer (line text);
TRUNCATE import_buffer;
