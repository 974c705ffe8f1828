-- revision: my032
-- down_revision: none
-- message: drop in backticks
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
ALTER TABLE `drop` ADD COLUMN `truncate` int;
