-- revision: w2
-- down_revision: k1
-- message: index people by email
-- phase: expand

-- migrate:upgrade
-- migrate:allow create-index-blocking people is small in every environment
CREATE INDEX people_email ON people (email);

-- migrate:downgrade
-- Wrong on purpose: the index stays behind.
SELECT 1;
