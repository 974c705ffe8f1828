-- revision: pg092
-- down_revision: none
-- message: set not null suppressed
-- phase: contract

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE tags ALTER COLUMN label SET NOT NULL; -- migrate:allow set-not-null tags has 40 rows
