-- revision: my034
-- down_revision: none
-- message: delimiter procedure body
-- phase: expand

-- expect blocking = safe

-- migrate:upgrade
DELIMITER //
CREATE PROCEDURE purge() BEGIN DELETE FROM tokens; DROP TABLE sessions; END //
DELIMITER ;
