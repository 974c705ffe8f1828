-- revision: pg087
-- down_revision: none
-- message: set not null recipe step1
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE invoices ADD CONSTRAINT invoices_paid_at_not_null CHECK (paid_at IS NOT NULL) NOT VALID;
