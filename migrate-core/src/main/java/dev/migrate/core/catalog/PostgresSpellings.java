package dev.migrate.core.catalog;

import java.util.Locale;
import java.util.Set;

/**
 * What PostgreSQL stores alike but prints in two spellings, brought to one:
 * <ul>
 * <li>{@code timestamp}, {@code time}, {@code timestamptz}, {@code timetz} and {@code interval}
 * without a precision take 6 fractional digits, the most there is: {@code timestamp(6)} (as
 * Hibernate writes it) is the same type, read without its precision. {@code timestamp(3)} stays
 * as it is: it rounds.</li>
 * <li>a check's {@code IN} list: {@code status in ('A','B')} prints back as
 * {@code status::text = ANY (ARRAY['A'::character varying, 'B'::character varying]::text[])},
 * and that text, given again (as a revision written from it gives it), prints as
 * {@code ... ANY (ARRAY['A'::character varying::text, 'B'::character varying::text])}. Both
 * read as the second, which prints back as itself.</li>
 * </ul>
 */
final class PostgresSpellings {

	/** The types whose default precision is 6, as {@code format_type} names them (before the time zone words). */
	private static final Set<String> SIX_DIGITS = Set.of("timestamp", "time", "interval");

	private static final int DEFAULT_FRACTIONAL_DIGITS = 6;

	private PostgresSpellings() {
	}

	/** The type with a precision of 6 dropped where 6 is what the type has without one. */
	static ColumnType type(ColumnType type) {
		String name = type.name().toLowerCase(Locale.ROOT);
		String base = name.contains(" ") ? name.substring(0, name.indexOf(' ')) : name;
		if (!SIX_DIGITS.contains(base) || type.scale() != null) {
			return type;
		}
		// interval day to second(6) parses as a length: the precision belongs to the fields, the default there too
		Integer digits = (type.precision() != null) ? type.precision() : type.length();
		return (digits != null && digits == DEFAULT_FRACTIONAL_DIGITS) ? ColumnType.of(type.name()) : type;
	}

	/** {@code ARRAY['A'::t, 'B'::t]::u[]} as {@code ARRAY['A'::t::u, 'B'::t::u]}, wherever it occurs. */
	static String check(String expression) {
		StringBuilder out = new StringBuilder();
		int from = 0;
		while (true) {
			int start = expression.indexOf("ARRAY[", from);
			if (start < 0) {
				return out.append(expression, from, expression.length()).toString();
			}
			int end = closingBracket(expression, start + "ARRAY".length());
			String rest = (end > 0) ? expression.substring(end + 1) : "";
			String cast = (end > 0) ? arrayCast(rest) : null;
			if (cast == null) {
				int next = start + "ARRAY[".length();
				out.append(expression, from, next);
				from = next;
				continue;
			}
			String elementType = cast.substring(2, cast.length() - 2);
			String[] elements = splitTopLevel(expression.substring(start + "ARRAY[".length(), end));
			out.append(expression, from, start).append("ARRAY[");
			for (int i = 0; i < elements.length; i++) {
				out.append((i > 0) ? ", " : "").append(elements[i].strip()).append("::").append(elementType);
			}
			out.append(']');
			from = end + 1 + cast.length();
		}
	}

	/** {@code ::name[]} at the start of {@code text}, or {@code null}. */
	private static String arrayCast(String text) {
		if (!text.startsWith("::")) {
			return null;
		}
		int close = text.indexOf("[]");
		if (close < 0) {
			return null;
		}
		String type = text.substring(2, close);
		return type.matches("[a-z][a-z0-9_ ]*(\\([0-9, ]+\\))?") ? text.substring(0, close + 2) : null;
	}

	/** The index of the {@code ]} closing the {@code [} at {@code open}, skipping quoted text; -1 if none. */
	private static int closingBracket(String text, int open) {
		int depth = 0;
		boolean quoted = false;
		for (int i = open; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '[' || c == '(')) {
				depth++;
			}
			else if (!quoted && (c == ']' || c == ')')) {
				depth--;
				if (depth == 0) {
					return (c == ']') ? i : -1;
				}
			}
		}
		return -1;
	}

	private static String[] splitTopLevel(String text) {
		java.util.List<String> parts = new java.util.ArrayList<>();
		int depth = 0;
		boolean quoted = false;
		int from = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '[' || c == '(')) {
				depth++;
			}
			else if (!quoted && (c == ']' || c == ')')) {
				depth--;
			}
			else if (!quoted && depth == 0 && c == ',') {
				parts.add(text.substring(from, i));
				from = i + 1;
			}
		}
		parts.add(text.substring(from));
		return parts.toArray(String[]::new);
	}

}
