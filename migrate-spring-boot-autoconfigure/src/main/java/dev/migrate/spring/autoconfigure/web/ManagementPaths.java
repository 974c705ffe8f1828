package dev.migrate.spring.autoconfigure.web;

import java.util.List;
import java.util.function.Supplier;

/**
 * The paths of Actuator on the application's port, which the gate lets through. Resolved on the
 * first request: the filters are created with the web server, before Actuator's beans.
 */
public final class ManagementPaths {

	private final Supplier<List<String>> prefixes;

	private volatile List<String> resolved;

	/** @param prefixes the path prefixes of Actuator, relative to the context path */
	public ManagementPaths(Supplier<List<String>> prefixes) {
		this.prefixes = prefixes;
	}

	/** No Actuator on this port. */
	public static ManagementPaths none() {
		return new ManagementPaths(List::of);
	}

	/**
	 * Whether a path within the application is Actuator's.
	 * @param path the path without the context path, starting with {@code /}
	 */
	public boolean matches(String path) {
		List<String> prefixes = this.resolved;
		if (prefixes == null) {
			prefixes = this.prefixes.get().stream().filter((prefix) -> !prefix.isEmpty() && !prefix.equals("/")).toList();
			this.resolved = prefixes;
		}
		for (String prefix : prefixes) {
			if (path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")) {
				return true;
			}
		}
		return false;
	}

}
