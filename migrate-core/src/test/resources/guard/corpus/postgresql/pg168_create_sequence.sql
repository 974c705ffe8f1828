-- revision: pg168
-- down_revision: none
-- message: create sequence
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE SEQUENCE IF NOT EXISTS ticket_seq START 1000;
