-- revision: pg071
-- down_revision: none
-- message: delete subquery where only
-- phase: expand

-- expect blocking = delete-all-rows

-- migrate:upgrade
DELETE FROM tokens
  -- the WHERE below belongs to nothing
;
