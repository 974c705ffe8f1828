-- revision: pg155
-- down_revision: none
-- message: add fk new table
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE TABLE audit (id bigint, user_id bigint);
ALTER TABLE audit ADD CONSTRAINT audit_user_fk FOREIGN KEY (user_id) REFERENCES users (id);
