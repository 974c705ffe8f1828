-- revision: pg152
-- down_revision: none
-- message: add primary key
-- phase: expand

-- expect blocking = constraint-builds-index

-- migrate:upgrade
ALTER TABLE users ADD PRIMARY KEY (id);
