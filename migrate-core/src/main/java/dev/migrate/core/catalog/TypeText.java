package dev.migrate.core.catalog;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses a type as a catalog prints it ({@code character varying(20)}, {@code decimal(10,2) unsigned}). */
final class TypeText {

	private static final Pattern ARGUMENTS = Pattern.compile("^([^(]*?)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)(.*)$");

	/** Types whose arguments are a precision (and scale), not a length. */
	private static final Set<String> PRECISION_TYPES = Set.of("numeric", "decimal", "dec", "time", "timestamp",
			"datetime", "interval", "float", "double", "real", "decfloat", "number");

	private TypeText() {
	}

	static ColumnType parse(String text) {
		String type = text.strip().replaceAll("\\s+", " ");
		Matcher matcher = ARGUMENTS.matcher(type);
		if (!matcher.matches()) {
			return ColumnType.of(type);
		}
		String base = matcher.group(1).strip();
		String name = (base + matcher.group(4)).strip();
		int first = Integer.parseInt(matcher.group(2));
		Integer second = (matcher.group(3) != null) ? Integer.valueOf(matcher.group(3)) : null;
		if (PRECISION_TYPES.contains(base.toLowerCase(java.util.Locale.ROOT))) {
			return new ColumnType(name, null, first, second);
		}
		return new ColumnType(name, first, null, null);
	}

}
