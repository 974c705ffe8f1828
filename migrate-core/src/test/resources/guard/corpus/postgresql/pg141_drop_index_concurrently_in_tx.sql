-- revision: pg141
-- down_revision: none
-- message: drop index concurrently in tx
-- phase: contract

-- expect blocking = concurrently-in-transaction

-- migrate:upgrade
DROP INDEX CONCURRENTLY users_email_idx;
