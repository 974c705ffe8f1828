package dev.migrate.core.fleet;

/** Hears each schema of a fleet finish; methods are called from the worker threads, one at a time. */
public interface FleetListener {

	FleetListener NONE = new FleetListener() {
	};

	/**
	 * @param outcome what the schema came to
	 * @param done how many schemas are done, this one included
	 * @param total how many the fleet has
	 * @param failures how many failed so far
	 */
	default void finished(TenantOutcome outcome, int done, int total, int failures) {
	}

}
