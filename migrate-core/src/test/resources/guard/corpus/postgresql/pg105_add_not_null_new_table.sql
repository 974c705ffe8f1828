-- revision: pg105
-- down_revision: none
-- message: add not null new table
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE TABLE prefs (user_id bigint);
ALTER TABLE prefs ADD COLUMN theme text NOT NULL;
