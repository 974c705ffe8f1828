-- revision: pg166
-- down_revision: none
-- message: create table
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
  total numeric(12, 2) NOT NULL CHECK (total >= 0)
);
CREATE INDEX invoices_user_idx ON invoices (user_id);
