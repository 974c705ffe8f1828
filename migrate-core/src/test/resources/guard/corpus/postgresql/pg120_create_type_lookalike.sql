-- revision: pg120
-- down_revision: none
-- message: create type lookalike
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
