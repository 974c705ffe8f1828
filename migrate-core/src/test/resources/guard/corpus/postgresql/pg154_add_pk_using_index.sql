-- revision: pg154
-- down_revision: none
-- message: add pk using index
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_id_idx;
