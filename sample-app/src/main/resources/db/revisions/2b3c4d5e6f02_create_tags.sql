-- revision: 2b3c4d5e6f02
-- down_revision: 1a2b3c4d5e01
-- message: tags for bookmarks
-- phase: expand
-- branch_labels: tags

-- migrate:upgrade
-- One team works on tags on this branch...
CREATE TABLE tags (
    bookmark_id bigint NOT NULL REFERENCES bookmarks (id) ON DELETE CASCADE,
    tag varchar(50) NOT NULL,
    PRIMARY KEY (bookmark_id, tag)
);

-- migrate:downgrade
DROP TABLE tags;
