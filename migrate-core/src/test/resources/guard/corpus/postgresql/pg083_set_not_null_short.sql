-- revision: pg083
-- down_revision: none
-- message: set not null short
-- phase: migrate

-- expect blocking = set-not-null

-- migrate:upgrade
alter table users alter email set not null;
