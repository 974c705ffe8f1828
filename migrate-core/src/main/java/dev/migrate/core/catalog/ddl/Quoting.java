package dev.migrate.core.catalog.ddl;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.core.dialect.Dialect;

/**
 * Identifiers quoted only where they need it: a name the database would store differently unquoted
 * (case), one with other characters, or a reserved word. Index keys that are expressions stay as
 * the database printed them.
 */
final class Quoting {

	/** Words reserved on at least one of the three databases (quoting one more word is harmless). */
	private static final Set<String> RESERVED = Set.of("all", "alter", "and", "any", "array", "as", "asc", "between", "both",
			"by", "case", "cast", "check", "collate", "column", "constraint", "create", "cross", "current_date",
			"current_time", "current_timestamp", "current_user", "default", "delete", "desc", "distinct", "drop", "else",
			"end", "except", "exists", "false", "fetch", "for", "foreign", "from", "full", "grant", "group", "having", "if",
			"in", "index", "inner", "insert", "intersect", "interval", "into", "is", "join", "key", "keys", "leading", "left",
			"like", "limit", "localtime", "localtimestamp", "lock", "minus", "natural", "not", "null", "offset", "on", "or",
			"order", "outer", "primary", "qualify", "range", "read", "references", "regexp", "rename", "replace", "right",
			"row", "rownum", "rows", "select", "set", "some", "table", "then", "to", "top", "trailing", "true", "union",
			"unique", "unknown", "update", "usage", "user", "using", "value", "values", "when", "where", "window", "with",
			"write", "year", "month", "day", "hour", "minute", "second", "_rowid_", "option", "current_catalog",
			"current_schema", "current_role", "session_user", "system_user", "analyse", "analyze", "asymmetric",
			"authorization", "binary", "collation", "concurrently", "deferrable", "do", "freeze", "ilike", "initially",
			"isnull", "lateral", "notnull", "only", "overlaps", "placing", "returning", "similar", "symmetric", "tablesample",
			"variadic", "verbose", "change", "database", "databases", "div", "dual", "explain", "force", "ignore", "kill",
			"load", "match", "mod", "modify", "procedure", "purge", "restrict", "revoke", "schema", "show", "spatial",
			"sql", "ssl", "starting", "trigger", "undo", "unlock", "unsigned", "use", "xor", "zerofill", "int", "integer",
			"bigint", "smallint", "tinyint", "char", "varchar", "decimal", "numeric", "float", "double", "real", "date",
			"time", "timestamp", "boolean");

	private static final Pattern PREFIX_KEY = Pattern.compile("^([A-Za-z0-9_$]+)\\((\\d+)\\)$");

	private final Dialect dialect;

	private final Pattern plain;

	Quoting(Dialect dialect) {
		this.dialect = dialect;
		this.plain = switch (dialect.name()) {
			case "postgresql" -> Pattern.compile("^[a-z_][a-z0-9_$]*$");
			case "h2" -> Pattern.compile("^[A-Z_][A-Z0-9_]*$");
			default -> Pattern.compile("^[A-Za-z_][A-Za-z0-9_$]*$");
		};
	}

	/** {@code name}, quoted when it needs to be. */
	String name(String name) {
		if (this.plain.matcher(name).matches() && !RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
			return name;
		}
		return this.dialect.quote(name);
	}

	/** One key of an index or unique constraint: a column (with MariaDB's prefix length or DESC) or an expression. */
	String key(String key) {
		String text = key;
		String order = "";
		if (text.endsWith(" DESC")) {
			text = text.substring(0, text.length() - " DESC".length());
			order = " DESC";
		}
		if (Pattern.matches("^[A-Za-z_][A-Za-z0-9_$]*$", text)) {
			return name(text) + order;
		}
		Matcher prefix = PREFIX_KEY.matcher(text);
		if (prefix.matches() && this.dialect.name().equals("mariadb")) {
			return name(prefix.group(1)) + "(" + prefix.group(2) + ")" + order;
		}
		// an expression as the database printed it; PostgreSQL needs it parenthesised
		return (this.dialect.name().equals("postgresql") ? "(" + text + ")" : text) + order;
	}

	String names(java.util.List<String> names) {
		return String.join(", ", names.stream().map(this::name).toList());
	}

	String keys(java.util.List<String> keys) {
		return String.join(", ", keys.stream().map(this::key).toList());
	}

}
