-- revision: pg057
-- down_revision: none
-- message: comment on drop words
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
COMMENT ON TABLE users IS 'Drop-off points: DROP TABLE is forbidden here; TRUNCATE too';
