-- revision: pg089
-- down_revision: none
-- message: set not null recipe one revision
-- phase: contract
-- transactional: false

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE receipts ADD CONSTRAINT receipts_total_nn CHECK (total IS NOT NULL) NOT VALID;
ALTER TABLE receipts VALIDATE CONSTRAINT receipts_total_nn;
ALTER TABLE receipts ALTER COLUMN total SET NOT NULL;
ALTER TABLE receipts DROP CONSTRAINT receipts_total_nn;
