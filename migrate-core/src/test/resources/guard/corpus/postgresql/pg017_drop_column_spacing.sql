-- revision: pg017
-- down_revision: none
-- message: drop column spacing
-- phase: expand

-- expect blocking = drop-column

-- migrate:upgrade
alter	table
	users
		drop
		column
		if exists phone cascade;
