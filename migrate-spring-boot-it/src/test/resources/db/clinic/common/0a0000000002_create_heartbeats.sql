-- revision: 0a0000000002
-- down_revision: 0a0000000001
-- message: create heartbeats
-- phase: expand

-- migrate:upgrade
CREATE TABLE heartbeats (id VARCHAR(36) PRIMARY KEY, beat_at BIGINT NOT NULL);

-- migrate:downgrade
DROP TABLE heartbeats;
