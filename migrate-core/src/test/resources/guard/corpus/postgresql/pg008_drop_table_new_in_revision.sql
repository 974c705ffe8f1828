-- revision: pg008
-- down_revision: none
-- message: drop table new in revision
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE TABLE scratch (id bigint);
INSERT INTO scratch VALUES (1);
DROP TABLE scratch;
