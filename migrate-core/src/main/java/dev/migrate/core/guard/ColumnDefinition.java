package dev.migrate.core.guard;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.migrate.core.guard.Operation.Flag;
import dev.migrate.core.guard.Operation.Kind;
import dev.migrate.core.sql.SqlToken;

/**
 * Reads the column definition of an {@code ADD COLUMN}: whether it is NOT NULL, whether existing
 * rows get a value (a non-null default, an identity, a generated expression), whether adding it
 * rewrites a PostgreSQL table, and its inline constraints, which become operations of their own.
 */
final class ColumnDefinition {

	/** Words that end a column's type or a default expression. */
	private static final String[] CLAUSE_STARTS = { "NOT", "NULL", "DEFAULT", "CONSTRAINT", "CHECK", "UNIQUE",
			"PRIMARY", "REFERENCES", "GENERATED", "COLLATE", "AS", "AUTO_INCREMENT", "IDENTITY", "ON", "COMMENT", "FIRST",
			"AFTER", "INVISIBLE", "VISIBLE", "KEY", "DEFERRABLE", "INITIALLY" };

	/** PostgreSQL's serial types: a nextval() default, so adding one fills every row. */
	private static final Set<String> SERIAL_TYPES = Set.of("serial", "serial2", "serial4", "serial8", "smallserial",
			"bigserial");

	/**
	 * Functions PostgreSQL documents as stable or immutable that people put in defaults; adding a
	 * column whose default calls only these does not rewrite the table (PostgreSQL 11+). Any other
	 * call may be volatile: user-defined functions are volatile unless declared otherwise.
	 */
	private static final Set<String> NON_VOLATILE_FUNCTIONS = Set.of("now", "transaction_timestamp",
			"statement_timestamp", "current_timestamp", "current_date", "current_time", "localtimestamp", "localtime",
			"lower", "upper", "btrim", "trim", "ltrim", "rtrim", "length", "concat", "concat_ws", "coalesce", "nullif",
			"greatest", "least", "abs", "round", "to_date", "to_timestamp", "make_date", "make_time", "make_timestamp",
			"make_timestamptz", "make_interval", "date_trunc", "timezone", "jsonb_build_object", "json_build_object",
			"jsonb_build_array", "json_build_array", "to_jsonb", "to_json", "cast", "array", "row");

	/** The ADD_COLUMN operation and those of its inline constraints; {@code column} starts at the column name. */
	List<Operation> add(SqlName table, TokenCursor column) {
		SqlToken name = column.next();
		if (name == null) {
			return List.of();
		}
		String type = type(column);
		Set<Flag> flags = EnumSet.noneOf(Flag.class);
		List<String> rewrites = new ArrayList<>();
		List<Operation> constraints = new ArrayList<>();
		boolean postgres = column.dialect().equals("postgresql");
		if (postgres && SERIAL_TYPES.contains(type)) {
			flags.add(Flag.HAS_VALUE);
			rewrites.add("its type " + type + " fills every row from a sequence");
		}
		String constraintName = null;
		while (!column.atEnd()) {
			if (column.accept("NOT", "NULL")) {
				flags.add(Flag.NOT_NULL);
			}
			else if (column.accept("DEFAULT")) {
				List<SqlToken> expression = expression(column);
				if (!isNull(expression)) {
					flags.add(Flag.HAS_VALUE);
					String volatileCall = postgres ? volatileCall(expression) : null;
					if (volatileCall != null) {
						rewrites.add("its default calls " + volatileCall + "(), "
								+ volatility(volatileCall) + ", so every existing row gets its own value");
					}
				}
			}
			else if (column.accept("GENERATED")) {
				flags.add(Flag.HAS_VALUE);
				generated(column, postgres, rewrites);
			}
			else if (column.accept("AS") || column.isWord("AUTO_INCREMENT", "IDENTITY")) {
				// MariaDB AS (expr) generated columns, AUTO_INCREMENT; H2 IDENTITY
				flags.add(Flag.HAS_VALUE);
				column.skip();
			}
			else if (column.accept("CONSTRAINT")) {
				SqlToken constraint = column.next();
				constraintName = (constraint != null) ? constraint.text() : null;
				continue;
			}
			else if (column.accept("CHECK")) {
				column.skip();
				constraints.add(inline(Kind.ADD_CHECK, table, constraintName, null));
			}
			else if (column.accept("REFERENCES")) {
				SqlName referenced = column.name();
				constraints.add(inline(Kind.ADD_FOREIGN_KEY, table, constraintName,
						(referenced != null) ? referenced.text() : null));
			}
			else if (column.accept("UNIQUE")) {
				column.accept("KEY");
				constraints.add(inline(Kind.ADD_INDEX_CONSTRAINT, table, constraintName, "UNIQUE"));
			}
			else if (column.accept("PRIMARY", "KEY")) {
				flags.add(Flag.NOT_NULL);
				constraints.add(inline(Kind.ADD_INDEX_CONSTRAINT, table, constraintName, "PRIMARY KEY"));
			}
			else if (column.accept("ON")) {
				referentialAction(column);
			}
			else {
				column.skip();
			}
			constraintName = null;
		}
		if (!rewrites.isEmpty()) {
			flags.add(Flag.REWRITES);
		}
		List<Operation> operations = new ArrayList<>();
		operations.add(Operation.of(Kind.ADD_COLUMN, table, name.text(),
				rewrites.isEmpty() ? null : String.join("; ", rewrites), flags));
		operations.addAll(constraints);
		return operations;
	}

	/** Reads the type up to the first clause; returns its first word in lower case. */
	private static String type(TokenCursor column) {
		String type = null;
		while (!column.atEnd() && !column.isWord(CLAUSE_STARTS)) {
			SqlToken token = column.peek();
			if (type == null && token.kind() == SqlToken.Kind.WORD) {
				type = token.text().toLowerCase(Locale.ROOT);
			}
			column.skip();
		}
		return type;
	}

	/** The tokens of a default expression: up to the next clause outside parentheses. */
	private static List<SqlToken> expression(TokenCursor column) {
		List<SqlToken> tokens = new ArrayList<>();
		boolean first = true;
		while (!column.atEnd() && (first || !column.isWord(CLAUSE_STARTS))) {
			first = false;
			if (column.isSymbol("(")) {
				TokenCursor group = column.rest();
				column.skip();
				int count = group.remaining().size() - column.remaining().size();
				tokens.addAll(group.remaining().subList(0, count));
			}
			else {
				tokens.add(column.next());
			}
		}
		return tokens;
	}

	/** {@code DEFAULT NULL}, also written {@code NULL::text}: no value at all. */
	private static boolean isNull(List<SqlToken> expression) {
		if (expression.isEmpty()) {
			return true;
		}
		return expression.get(0).isWord("NULL") && (expression.size() == 1 || expression.get(1).isSymbol(":"));
	}

	/** The first function called in {@code expression} that may be volatile, or {@code null}. */
	private static String volatileCall(List<SqlToken> expression) {
		for (int i = 0; i + 1 < expression.size(); i++) {
			SqlToken token = expression.get(i);
			if (token.kind() != SqlToken.Kind.WORD || !expression.get(i + 1).isSymbol("(")) {
				continue;
			}
			boolean typeName = i > 0 && (expression.get(i - 1).isSymbol(":") || expression.get(i - 1).isWord("AS"));
			String function = token.text().toLowerCase(Locale.ROOT);
			if (!typeName && !NON_VOLATILE_FUNCTIONS.contains(function)) {
				return function;
			}
		}
		return null;
	}

	private static String volatility(String function) {
		return Set.of("random", "gen_random_uuid", "uuid_generate_v1", "uuid_generate_v4", "clock_timestamp",
				"timeofday", "nextval", "uuidv4", "uuidv7").contains(function) ? "a volatile function"
						: "which PostgreSQL treats as volatile unless it is declared STABLE or IMMUTABLE";
	}

	/** {@code GENERATED ALWAYS AS (expr) STORED} or {@code GENERATED ... AS IDENTITY}. */
	private static void generated(TokenCursor column, boolean postgres, List<String> rewrites) {
		boolean identity = false;
		boolean stored = false;
		while (!column.atEnd() && !column.isWord("NOT", "NULL", "CONSTRAINT", "CHECK", "UNIQUE", "PRIMARY",
				"REFERENCES")) {
			if (column.isWord("IDENTITY")) {
				identity = true;
			}
			else if (column.isWord("STORED")) {
				stored = true;
			}
			column.skip();
		}
		if (postgres && identity) {
			rewrites.add("an identity column fills every row from its sequence");
		}
		else if (postgres && stored) {
			rewrites.add("a stored generated column computes and writes a value into every row");
		}
	}

	/** {@code ON DELETE|UPDATE CASCADE | RESTRICT | NO ACTION | SET NULL | SET DEFAULT}, or MariaDB's {@code ON UPDATE <expr>}. */
	private static void referentialAction(TokenCursor column) {
		column.next();
		if (column.accept("SET")) {
			column.next();
			if (column.isSymbol("(")) {
				column.skip();
			}
		}
		else if (column.accept("NO", "ACTION")) {
			return;
		}
		else {
			column.next();
			if (column.isSymbol("(")) {
				column.skip();
			}
		}
	}

	private static Operation inline(Kind kind, SqlName table, String name, String detail) {
		return Operation.of(kind, table, name, detail, EnumSet.of(Flag.INLINE));
	}

}
