package dev.migrate.core.target;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/** A target cannot be parsed or resolved against the graph and the current state. */
public class TargetException extends MigrateException {

	public TargetException(String message) {
		super(ErrorCode.INVALID_TARGET, message);
	}

}
