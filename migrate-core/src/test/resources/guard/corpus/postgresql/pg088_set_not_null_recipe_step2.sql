-- revision: pg088
-- down_revision: none
-- message: set not null recipe step2
-- phase: migrate

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE invoices VALIDATE CONSTRAINT invoices_paid_at_not_null;
