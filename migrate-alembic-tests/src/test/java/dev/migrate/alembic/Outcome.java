package dev.migrate.alembic;

/**
 * How one side answered a command. {@code crash}: not a clean refusal (Alembic: an exception other
 * than CommandError; migrate: an exception other than MigrateException).
 */
record Outcome(boolean ok, boolean crash, String message) {

	static Outcome success() {
		return new Outcome(true, false, "");
	}

	static Outcome error(String message) {
		return new Outcome(false, false, message);
	}

	static Outcome crash(String message) {
		return new Outcome(false, true, message);
	}

	@Override
	public String toString() {
		return this.ok ? "ok" : (this.crash ? "CRASH " : "error: ") + this.message;
	}

}
