-- revision: pg170
-- down_revision: none
-- message: quoted keywords everywhere
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE TABLE "truncate" ("delete" text, "drop" text);
INSERT INTO "truncate" ("delete", "drop") VALUES ('DROP TABLE x', 'TRUNCATE y');
