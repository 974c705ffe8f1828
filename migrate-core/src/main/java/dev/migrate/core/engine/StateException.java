package dev.migrate.core.engine;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/** The database's state stops the run until an operator acts; nothing was changed. */
public class StateException extends MigrateException {

	private final State state;

	public StateException(State state, String message) {
		super(ErrorCode.STATE, message);
		this.state = state;
	}

	/** The state the database is in. */
	public State state() {
		return this.state;
	}

}
