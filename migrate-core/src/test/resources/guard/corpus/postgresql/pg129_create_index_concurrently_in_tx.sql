-- revision: pg129
-- down_revision: none
-- message: create index concurrently in tx
-- phase: expand

-- expect blocking = concurrently-in-transaction

-- migrate:upgrade
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
