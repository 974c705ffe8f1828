-- revision: pg183
-- down_revision: none
-- message: expand full recipe
-- phase: expand
-- transactional: false

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users ADD COLUMN org_id bigint;
CREATE INDEX CONCURRENTLY users_org_idx ON users (org_id);
ALTER TABLE users ADD CONSTRAINT users_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id) NOT VALID;
