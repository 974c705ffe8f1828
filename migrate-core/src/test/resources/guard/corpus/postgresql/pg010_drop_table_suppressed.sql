-- revision: pg010
-- down_revision: none
-- message: drop table suppressed
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
DROP TABLE sessions; -- migrate:allow drop-table unused since release 41 (ADR 12)
