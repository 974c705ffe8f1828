package dev.migrate.core.guard;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.migrate.core.guard.Operation.Flag;
import dev.migrate.core.guard.Operation.Kind;
import dev.migrate.core.sql.SqlToken;

/** Reads the {@code ADD [CONSTRAINT name] ...} action of an {@code ALTER TABLE}. */
final class ConstraintParser {

	/** The words that start a table constraint. */
	static final String[] STARTS = { "CONSTRAINT", "CHECK", "FOREIGN", "UNIQUE", "PRIMARY", "EXCLUDE" };

	private ConstraintParser() {
	}

	/** {@code [CONSTRAINT name] CHECK | FOREIGN KEY | UNIQUE | PRIMARY KEY | EXCLUDE ... [NOT VALID]}. */
	static List<Operation> constraint(SqlName table, TokenCursor action) {
		String name = null;
		if (action.accept("CONSTRAINT")) {
			action.acceptIfNotExists();
			if (!action.isWord(STARTS)) {
				name = text(action.next());
			}
		}
		Set<Flag> flags = EnumSet.noneOf(Flag.class);
		if (action.containsTopLevel("NOT", "VALID")) {
			flags.add(Flag.NOT_VALID);
		}
		if (action.accept("CHECK")) {
			return List.of(Operation.of(Kind.ADD_CHECK, table, name, notNullColumn(action), flags));
		}
		if (action.accept("FOREIGN", "KEY")) {
			return List.of(Operation.of(Kind.ADD_FOREIGN_KEY, table, name, referencedTable(action), flags));
		}
		String type;
		if (action.accept("UNIQUE")) {
			type = "UNIQUE";
		}
		else if (action.accept("PRIMARY", "KEY")) {
			type = "PRIMARY KEY";
		}
		else if (action.accept("EXCLUDE")) {
			type = "EXCLUDE";
		}
		else {
			return List.of();
		}
		int using = action.indexOfTopLevel("USING", "INDEX");
		if (using >= 0) {
			TokenCursor rest = action.rest();
			while (!rest.atEnd() && !rest.accept("USING", "INDEX")) {
				rest.skip();
			}
			if (!rest.isWord("TABLESPACE")) {
				flags.add(Flag.USING_INDEX);
			}
		}
		return List.of(Operation.of(Kind.ADD_INDEX_CONSTRAINT, table, name, type, flags));
	}

	/** The column of {@code CHECK (column IS NOT NULL)}, or {@code null} for any other check. */
	private static String notNullColumn(TokenCursor action) {
		if (!action.isSymbol("(")) {
			return null;
		}
		TokenCursor check = action.group();
		SqlToken column = check.next();
		return (column != null && check.accept("IS", "NOT", "NULL") && check.atEnd()) ? column.text() : null;
	}

	/** The table named after {@code REFERENCES}, for messages; {@code null} when absent. */
	static String referencedTable(TokenCursor cursor) {
		TokenCursor rest = cursor.rest();
		while (!rest.atEnd() && !rest.accept("REFERENCES")) {
			rest.skip();
		}
		SqlName referenced = rest.name();
		return (referenced != null) ? referenced.text() : null;
	}

	private static String text(SqlToken token) {
		return (token != null) ? token.text() : null;
	}

}
