-- revision: pg060
-- down_revision: none
-- message: truncate lower

-- expect blocking = truncate

-- migrate:upgrade
truncate   "Audit";
