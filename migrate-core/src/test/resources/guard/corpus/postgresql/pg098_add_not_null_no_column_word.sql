-- revision: pg098
-- down_revision: none
-- message: add not null no column word
-- phase: expand

-- expect blocking = add-column-not-null

-- migrate:upgrade
alter table users add age integer not null;
