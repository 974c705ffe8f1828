-- revision: pg038
-- down_revision: none
-- message: drop sequence
-- phase: expand

-- expect blocking = drop-object

-- migrate:upgrade
DROP SEQUENCE invoice_number_seq;
