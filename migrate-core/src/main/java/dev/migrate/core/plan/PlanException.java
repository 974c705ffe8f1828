package dev.migrate.core.plan;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/** The command cannot be carried out from the current state; nothing has run. */
public class PlanException extends MigrateException {

	public PlanException(String message) {
		super(ErrorCode.INVALID_OPERATION, message);
	}

}
