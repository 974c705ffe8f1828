-- revision: 4d5e6f7a8b04
-- down_revision: 2b3c4d5e6f02, 3c4d5e6f7a03
-- message: merge tags and owners
-- phase: expand

-- migrate:upgrade
-- A merge joins the two branches into one head again (migrate merge -m "..." heads).

-- migrate:downgrade
