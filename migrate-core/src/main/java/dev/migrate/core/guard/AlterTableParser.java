package dev.migrate.core.guard;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.migrate.core.guard.Operation.Flag;
import dev.migrate.core.guard.Operation.Kind;
import dev.migrate.core.sql.SqlToken;

/**
 * Reads the comma-separated actions of an {@code ALTER TABLE} in the forms of PostgreSQL, MariaDB
 * ({@code MODIFY}, {@code CHANGE}, {@code ADD INDEX}, {@code DROP FOREIGN KEY},
 * {@code ALGORITHM=..., LOCK=...}) and H2 ({@code ALTER COLUMN c RENAME TO d},
 * {@code ALTER COLUMN c <type>}).
 */
final class AlterTableParser {

	private static final String[] CONSTRAINT_STARTS = ConstraintParser.STARTS;

	private final ColumnDefinition columns = new ColumnDefinition();

	/**
	 * The operations of the actions after {@code ALTER TABLE table}.
	 * @param online whether the statement was written {@code ALTER ONLINE TABLE} (MariaDB)
	 */
	List<Operation> actions(SqlName table, TokenCursor statement, boolean online) {
		Set<Flag> onlineDdl = LockClause.flags(statement);
		if (online) {
			onlineDdl.add(Flag.ONLINE);
		}
		List<Operation> operations = new ArrayList<>();
		for (TokenCursor action : statement.splitRest(",")) {
			for (Operation operation : action(table, action)) {
				operations.add(onlineDdl.isEmpty() ? operation : withFlags(operation, onlineDdl));
			}
		}
		return operations;
	}

	private static Operation withFlags(Operation operation, Set<Flag> more) {
		Set<Flag> flags = EnumSet.copyOf(more);
		flags.addAll(operation.flags());
		return Operation.of(operation.kind(), operation.table(), operation.name(), operation.detail(), flags);
	}

	private List<Operation> action(SqlName table, TokenCursor action) {
		if (action.accept("ADD")) {
			return add(table, action);
		}
		if (action.accept("DROP")) {
			return drop(table, action);
		}
		if (action.accept("ALTER")) {
			return alterColumn(table, action);
		}
		if (action.accept("RENAME")) {
			return rename(table, action);
		}
		if (action.accept("MODIFY")) {
			return modify(table, action);
		}
		if (action.accept("CHANGE")) {
			return change(table, action);
		}
		if (action.accept("VALIDATE", "CONSTRAINT")) {
			return List.of(Operation.of(Kind.VALIDATE_CONSTRAINT, table, text(action.next())));
		}
		if (action.accept("SET", "SCHEMA")) {
			return List.of(Operation.of(Kind.RENAME_TABLE, table, null, "schema " + text(action.next()), Set.of()));
		}
		if (action.accept("TRUNCATE", "PARTITION")) {
			return partitions(table, action, "TRUNCATE PARTITION");
		}
		if (action.accept("DETACH", "PARTITION")) {
			SqlName partition = action.name();
			Set<Flag> flags = action.containsTopLevel("CONCURRENTLY") ? EnumSet.of(Flag.CONCURRENTLY)
					: EnumSet.noneOf(Flag.class);
			return List.of(Operation.of(Kind.DETACH_PARTITION, table, (partition != null) ? partition.text() : null,
					null, flags));
		}
		return List.of();
	}

	private List<Operation> add(SqlName table, TokenCursor action) {
		if (action.accept("COLUMN")) {
			action.acceptIfNotExists();
			return this.columns.add(table, action);
		}
		if (action.isWord(CONSTRAINT_STARTS)) {
			return ConstraintParser.constraint(table, action);
		}
		if (action.isWord("INDEX", "KEY", "FULLTEXT", "SPATIAL")) {
			String type = action.next().text().toUpperCase(java.util.Locale.ROOT);
			action.accept("INDEX");
			action.accept("KEY");
			action.acceptIfNotExists();
			SqlName index = action.isSymbol("(") ? null : action.name();
			return List.of(Operation.of(Kind.ADD_INDEX, table, (index != null) ? index.text() : null, type, Set.of()));
		}
		if (action.isSymbol("(")) {
			List<Operation> operations = new ArrayList<>();
			for (TokenCursor column : action.group().splitRest(",")) {
				operations.addAll(this.columns.add(table, column));
			}
			return operations;
		}
		if (action.isWord("PARTITION", "PERIOD", "SYSTEM")) {
			return List.of();
		}
		action.acceptIfNotExists();
		return this.columns.add(table, action);
	}

	private List<Operation> drop(SqlName table, TokenCursor action) {
		if (action.accept("CONSTRAINT")) {
			return dropConstraint(table, action, null);
		}
		if (action.accept("FOREIGN", "KEY")) {
			return dropConstraint(table, action, "foreign key");
		}
		if (action.accept("CHECK")) {
			return dropConstraint(table, action, "check constraint");
		}
		if (action.accept("PRIMARY", "KEY")) {
			return List.of(Operation.of(Kind.DROP_CONSTRAINT, table, "PRIMARY KEY", "primary key", Set.of()));
		}
		if (action.isWord("INDEX", "KEY")) {
			action.next();
			Set<Flag> flags = action.acceptIfExists() ? EnumSet.of(Flag.IF_EXISTS) : EnumSet.noneOf(Flag.class);
			return List.of(Operation.of(Kind.DROP_INDEX, table, text(action.next()), null, flags));
		}
		if (action.accept("PARTITION")) {
			return partitions(table, action, "DROP PARTITION");
		}
		if (action.isWord("PERIOD", "SYSTEM", "DEFAULT", "EXPRESSION", "IDENTITY")) {
			return List.of();
		}
		action.accept("COLUMN");
		Set<Flag> flags = action.acceptIfExists() ? EnumSet.of(Flag.IF_EXISTS) : EnumSet.noneOf(Flag.class);
		if (action.containsTopLevel("CASCADE")) {
			flags.add(Flag.CASCADE);
		}
		String column = text(action.next());
		return (column != null) ? List.of(Operation.of(Kind.DROP_COLUMN, table, column, null, flags)) : List.of();
	}

	/** MariaDB {@code DROP | TRUNCATE PARTITION p [, q]}: the partitions' rows are deleted, as by a TRUNCATE. */
	private static List<Operation> partitions(SqlName table, TokenCursor action, String what) {
		action.acceptIfExists();
		List<Operation> operations = new ArrayList<>();
		for (TokenCursor part : action.splitRest(",")) {
			SqlToken partition = part.next();
			if (partition != null && partition.kind() != SqlToken.Kind.SYMBOL && !partition.isWord("ALL")) {
				operations.add(Operation.of(Kind.TRUNCATE, table, partition.text(), what, Set.of()));
			}
			else if (partition != null && partition.isWord("ALL")) {
				operations.add(Operation.of(Kind.TRUNCATE, table, "ALL", what, Set.of()));
			}
		}
		return operations;
	}

	private static List<Operation> dropConstraint(SqlName table, TokenCursor action, String type) {
		Set<Flag> flags = action.acceptIfExists() ? EnumSet.of(Flag.IF_EXISTS) : EnumSet.noneOf(Flag.class);
		if (action.containsTopLevel("CASCADE")) {
			flags.add(Flag.CASCADE);
		}
		return List.of(Operation.of(Kind.DROP_CONSTRAINT, table, text(action.next()), type, flags));
	}

	/** {@code ALTER [COLUMN] c ...}: a type change, SET NOT NULL, H2's RENAME TO, or something harmless. */
	private List<Operation> alterColumn(SqlName table, TokenCursor action) {
		if (action.isWord("CONSTRAINT", "INDEX")) {
			return List.of();
		}
		action.accept("COLUMN");
		action.acceptIfExists();
		String column = text(action.next());
		if (column == null) {
			return List.of();
		}
		if (action.accept("SET", "DATA", "TYPE") || action.accept("TYPE")) {
			return List.of(Operation.of(Kind.ALTER_COLUMN_TYPE, table, column, excerpt(action), Set.of()));
		}
		if (action.accept("SET", "NOT", "NULL")) {
			return List.of(Operation.of(Kind.SET_NOT_NULL, table, column));
		}
		if (action.accept("RENAME", "TO")) {
			return List.of(Operation.of(Kind.RENAME_COLUMN, table, column, text(action.next()), Set.of()));
		}
		if (action.atEnd() || action.isWord("SET", "DROP", "ADD", "RESET", "RESTART", "SELECTIVITY", "OPTIONS")) {
			return List.of();
		}
		// H2: ALTER TABLE t ALTER COLUMN c VARCHAR(20) redefines the column
		return List.of(Operation.of(Kind.ALTER_COLUMN_TYPE, table, column, excerpt(action), Set.of()));
	}

	private static List<Operation> rename(SqlName table, TokenCursor action) {
		if (action.accept("TO") || action.accept("AS")) {
			SqlName to = action.name();
			return List.of(Operation.of(Kind.RENAME_TABLE, table, null, (to != null) ? to.text() : null, Set.of()));
		}
		if (action.isWord("CONSTRAINT", "INDEX", "KEY")) {
			return List.of();
		}
		boolean column = action.accept("COLUMN");
		SqlToken from = action.next();
		if (from == null) {
			return List.of();
		}
		if (action.accept("TO")) {
			return List.of(Operation.of(Kind.RENAME_COLUMN, table, from.text(), text(action.next()), Set.of()));
		}
		// MariaDB: ALTER TABLE t RENAME new_name
		return column ? List.of() : List.of(Operation.of(Kind.RENAME_TABLE, table, null, from.text(), Set.of()));
	}

	/** MariaDB {@code MODIFY [COLUMN] [IF EXISTS] c <definition>}. */
	private static List<Operation> modify(SqlName table, TokenCursor action) {
		action.accept("COLUMN");
		action.acceptIfExists();
		String column = text(action.next());
		return (column != null)
				? List.of(Operation.of(Kind.ALTER_COLUMN_TYPE, table, column, excerpt(action), Set.of()))
				: List.of();
	}

	/** MariaDB {@code CHANGE [COLUMN] [IF EXISTS] old new <definition>}: a redefinition, and a rename when the names differ. */
	private static List<Operation> change(SqlName table, TokenCursor action) {
		action.accept("COLUMN");
		action.acceptIfExists();
		SqlName from = action.name();
		SqlName to = action.name();
		if (from == null || to == null) {
			return List.of();
		}
		List<Operation> operations = new ArrayList<>();
		operations.add(Operation.of(Kind.ALTER_COLUMN_TYPE, table, from.text(), excerpt(action), Set.of()));
		if (!from.simpleName().equals(to.simpleName())) {
			operations.add(Operation.of(Kind.RENAME_COLUMN, table, from.text(), to.text(), Set.of()));
		}
		return operations;
	}

	private static String text(SqlToken token) {
		return (token != null) ? token.text() : null;
	}

	/** The remaining tokens joined by single spaces, e.g. a new column type. */
	private static String excerpt(TokenCursor cursor) {
		StringBuilder text = new StringBuilder();
		for (SqlToken token : cursor.remaining()) {
			if (!text.isEmpty() && !token.isSymbol("(") && !token.isSymbol(")") && !token.isSymbol(",")
					&& !text.toString().endsWith("(")) {
				text.append(' ');
			}
			text.append(token.text());
		}
		return text.toString();
	}

}
