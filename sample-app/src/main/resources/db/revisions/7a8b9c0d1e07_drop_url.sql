-- revision: 7a8b9c0d1e07
-- down_revision: 6f7a8b9c0d06
-- message: contract - drop url
-- phase: contract

-- migrate:upgrade
-- Contract, once no instance of the old version runs: the guard reports this drop as info.
ALTER TABLE bookmarks DROP COLUMN url;

-- migrate:downgrade
-- Back to the parents' schema exactly (the test kit's up-down-up compares it): url was NOT NULL.
ALTER TABLE bookmarks ADD COLUMN url varchar(2000);
UPDATE bookmarks SET url = COALESCE(link, '');
ALTER TABLE bookmarks ALTER COLUMN url SET NOT NULL;
