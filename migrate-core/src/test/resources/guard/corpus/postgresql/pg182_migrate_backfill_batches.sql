-- revision: pg182
-- down_revision: none
-- message: migrate backfill batches
-- phase: migrate

-- expect blocking = safe

-- migrate:upgrade
UPDATE users SET nickname = split_part(email, '@', 1) WHERE nickname IS NULL AND id < 100000;
