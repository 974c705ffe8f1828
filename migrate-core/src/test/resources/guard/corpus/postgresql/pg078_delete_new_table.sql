-- revision: pg078
-- down_revision: none
-- message: delete new table
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE TABLE staging (id bigint);
DELETE FROM staging;
