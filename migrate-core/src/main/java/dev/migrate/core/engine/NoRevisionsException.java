package dev.migrate.core.engine;

import java.util.List;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/**
 * The configured locations hold no revision. Code without revisions is misconfigured (a mistyped
 * location, files not packaged), not an older version of the application: nothing may run, and
 * the state is not reported as ahead.
 */
public class NoRevisionsException extends MigrateException {

	private final List<String> locations;

	public NoRevisionsException(List<String> locations) {
		super(ErrorCode.USAGE, "No revision found in " + String.join(", ", locations)
				+ " (no revision file and no Java revision). Check the locations (migrate.locations, --locations): a "
				+ "mistyped folder or revision files missing from the build; nothing was run.");
		this.locations = List.copyOf(locations);
	}

	public List<String> locations() {
		return this.locations;
	}

}
