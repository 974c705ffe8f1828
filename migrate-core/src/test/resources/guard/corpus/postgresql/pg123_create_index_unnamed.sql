-- revision: pg123
-- down_revision: none
-- message: create index unnamed
-- phase: migrate

-- expect blocking = create-index-blocking

-- migrate:upgrade
create index on users(lower(email));
