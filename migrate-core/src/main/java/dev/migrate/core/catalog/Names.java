package dev.migrate.core.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Identifier helpers of the catalog: names compare ignoring case, as unquoted identifiers do. */
public final class Names {

	private Names() {
	}

	/** The key two names share when they name the same object. */
	public static String key(String name) {
		return Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
	}

	public static List<String> keys(List<String> names) {
		return names.stream().map(Names::key).toList();
	}

	static String require(String what, String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException(what + " needs a name");
		}
		return name;
	}

}
