-- revision: my033
-- down_revision: none
-- message: drop in executable comment
-- phase: expand

-- expect blocking = drop-table

-- migrate:upgrade
/*!40101 DROP TABLE sessions */;
