-- revision: pg077
-- down_revision: none
-- message: delete suppressed
-- phase: migrate

-- expect blocking = safe

-- migrate:upgrade
-- migrate:allow delete-rows duplicates must go before the unique index (ticket 812)
DELETE FROM users a USING users b WHERE a.id > b.id AND a.email = b.email;
