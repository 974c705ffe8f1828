-- revision: 0b0000000001
-- down_revision: none
-- message: create pets
-- phase: expand

-- migrate:upgrade
CREATE TABLE pets (
    id bigint NOT NULL,
    name varchar(100) NOT NULL,
    PRIMARY KEY (id)
);

-- migrate:downgrade
DROP TABLE pets;
