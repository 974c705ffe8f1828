-- revision: u2u2u2u2u2u2
-- down_revision: u1u1u1u1u1u1
-- message: drop notes too early
-- phase: expand

-- migrate:upgrade
-- The running version still reads notes: dropping it in an expand revision breaks a rolling deploy.
DROP TABLE notes;
