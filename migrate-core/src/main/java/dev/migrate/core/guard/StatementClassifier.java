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
 * Turns the tokens of one statement into the {@link Operation}s the rules judge. Reads only the
 * statement's own keywords: strings, quoted names, comments and dollar-quoted bodies are single
 * tokens and never look like a keyword. Statements it does not know give no operation.
 */
final class StatementClassifier {

	private final AlterTableParser alterTable = new AlterTableParser();

	private final DropParser drop = new DropParser();

	List<Operation> classify(TokenCursor statement) {
		if (statement.isWord("WITH")) {
			return with(statement);
		}
		if (statement.accept("CREATE")) {
			return create(statement);
		}
		if (statement.accept("DROP")) {
			return this.drop.drop(statement);
		}
		if (statement.accept("ALTER")) {
			return alter(statement);
		}
		if (statement.accept("RENAME")) {
			return renameTables(statement);
		}
		if (statement.accept("TRUNCATE")) {
			return truncate(statement);
		}
		if (statement.accept("DELETE")) {
			return delete(statement);
		}
		if (statement.accept("UPDATE")) {
			return update(statement);
		}
		if (statement.accept("REINDEX")) {
			return reindex(statement);
		}
		if (statement.accept("EXPLAIN")) {
			return explain(statement);
		}
		if (statement.accept("ANALYZE") && statement.isWord("DELETE", "UPDATE")) {
			// MariaDB's ANALYZE DELETE / UPDATE runs the statement
			return classify(statement.rest());
		}
		if (statement.accept("MERGE")) {
			return merge(statement);
		}
		return List.of();
	}

	/** {@code EXPLAIN ANALYZE} (or {@code EXPLAIN (ANALYZE)}) runs the statement it explains; plain EXPLAIN does not. */
	private List<Operation> explain(TokenCursor statement) {
		boolean analyze;
		if (statement.isSymbol("(")) {
			TokenCursor options = statement.group();
			analyze = options.containsTopLevel("ANALYZE") && !options.containsTopLevel("ANALYZE", "FALSE")
					&& !options.containsTopLevel("ANALYZE", "OFF") && !options.containsTopLevel("ANALYZE", "0");
		}
		else {
			analyze = statement.accept("ANALYZE") || statement.accept("ANALYSE");
			statement.accept("VERBOSE");
		}
		return analyze ? classify(statement.rest()) : List.of();
	}

	/** {@code MERGE INTO t ... WHEN MATCHED THEN DELETE} deletes the matched rows of {@code t}. */
	private static List<Operation> merge(TokenCursor statement) {
		statement.accept("INTO");
		statement.accept("ONLY");
		SqlName table = statement.name();
		if (table == null || !statement.containsTopLevel("THEN", "DELETE")) {
			return List.of();
		}
		return List.of(Operation.of(Kind.DELETE, table, null, "MERGE", EnumSet.of(Flag.FILTERED)));
	}

	/** {@code WITH a AS (DELETE ...) SELECT ...}: data-modifying common table expressions, then the main statement. */
	private List<Operation> with(TokenCursor statement) {
		statement.accept("WITH");
		statement.accept("RECURSIVE");
		List<Operation> operations = new ArrayList<>();
		while (statement.name() != null) {
			if (statement.isSymbol("(")) {
				statement.skip();
			}
			statement.accept("AS");
			statement.accept("NOT");
			statement.accept("MATERIALIZED");
			if (statement.isSymbol("(")) {
				operations.addAll(classify(statement.group()));
			}
			if (!statement.acceptSymbol(",")) {
				break;
			}
		}
		operations.addAll(classify(statement.rest()));
		return operations;
	}

	private List<Operation> create(TokenCursor statement) {
		statement.accept("OR", "REPLACE");
		Set<Flag> flags = EnumSet.noneOf(Flag.class);
		while (statement.isWord("TEMP", "TEMPORARY", "GLOBAL", "LOCAL", "UNLOGGED", "CACHED", "MEMORY")) {
			if (statement.isWord("TEMP", "TEMPORARY", "GLOBAL", "LOCAL")) {
				flags.add(Flag.TEMPORARY);
			}
			statement.next();
		}
		if (statement.accept("TABLE")) {
			statement.acceptIfNotExists();
			SqlName table = statement.name();
			return (table != null) ? List.of(Operation.of(Kind.CREATE_TABLE, table, null, null, flags)) : List.of();
		}
		String unique = null;
		while (statement.isWord("UNIQUE", "FULLTEXT", "SPATIAL", "HASH")) {
			unique = statement.next().text().toUpperCase(Locale.ROOT);
		}
		return statement.accept("INDEX") ? createIndex(statement, unique) : List.of();
	}

	private List<Operation> createIndex(TokenCursor statement, String unique) {
		Set<Flag> flags = EnumSet.noneOf(Flag.class);
		if (statement.accept("CONCURRENTLY")) {
			flags.add(Flag.CONCURRENTLY);
		}
		statement.acceptIfNotExists();
		String name = null;
		if (!statement.isWord("ON")) {
			SqlName index = statement.name();
			name = (index != null) ? index.text() : null;
		}
		if (statement.accept("USING")) {
			statement.next();
		}
		if (!statement.accept("ON")) {
			return List.of();
		}
		if (statement.accept("ONLY")) {
			flags.add(Flag.ONLY_PARENT);
		}
		SqlName table = statement.name();
		flags.addAll(LockClause.flags(statement));
		return List.of(Operation.of(Kind.CREATE_INDEX, table, name, unique, flags));
	}

	private List<Operation> alter(TokenCursor statement) {
		// MariaDB: ALTER ONLINE TABLE is ALTER TABLE ... LOCK=NONE
		boolean online = statement.accept("ONLINE");
		statement.accept("IGNORE");
		if (!statement.accept("TABLE")) {
			return List.of();
		}
		statement.acceptIfExists();
		statement.accept("ONLY");
		SqlName table = statement.name();
		if (table == null) {
			return List.of();
		}
		statement.acceptSymbol("*");
		if (statement.accept("WAIT")) {
			statement.next();
		}
		statement.accept("NOWAIT");
		return this.alterTable.actions(table, statement, online);
	}

	/** MariaDB {@code RENAME TABLE a TO b, c TO d}. */
	private List<Operation> renameTables(TokenCursor statement) {
		if (!statement.accept("TABLE") && !statement.accept("TABLES")) {
			return List.of();
		}
		List<Operation> operations = new ArrayList<>();
		for (TokenCursor pair : statement.splitRest(",")) {
			pair.acceptIfExists();
			SqlName from = pair.name();
			while (!pair.atEnd() && !pair.isWord("TO")) {
				pair.next();
			}
			SqlName to = pair.accept("TO") ? pair.name() : null;
			if (from != null && to != null) {
				operations.add(Operation.of(Kind.RENAME_TABLE, from, null, to.text(), Set.of()));
			}
		}
		return operations;
	}

	private List<Operation> truncate(TokenCursor statement) {
		statement.accept("TABLE");
		statement.accept("ONLY");
		Set<Flag> flags = statement.containsTopLevel("CASCADE") ? EnumSet.of(Flag.CASCADE) : EnumSet.noneOf(Flag.class);
		List<Operation> operations = new ArrayList<>();
		for (TokenCursor part : statement.splitRest(",")) {
			part.accept("ONLY");
			SqlName table = part.name();
			if (table != null) {
				operations.add(Operation.of(Kind.TRUNCATE, table, null, null, flags));
			}
		}
		return operations;
	}

	private List<Operation> delete(TokenCursor statement) {
		while (statement.isWord("LOW_PRIORITY", "QUICK", "IGNORE")) {
			statement.next();
		}
		if (!statement.accept("FROM")) {
			// MariaDB multi-table DELETE t1 FROM t1 JOIN ...: the table follows FROM
			while (!statement.atEnd() && !statement.isWord("FROM")) {
				statement.skip();
			}
			statement.accept("FROM");
		}
		statement.accept("ONLY");
		SqlName table = statement.name();
		return List.of(Operation.of(Kind.DELETE, table, null, null, filtered(statement)));
	}

	private List<Operation> update(TokenCursor statement) {
		while (statement.isWord("LOW_PRIORITY", "IGNORE", "ONLY")) {
			statement.next();
		}
		SqlName table = statement.name();
		return List.of(Operation.of(Kind.UPDATE, table, null, null, filtered(statement)));
	}

	/** A top-level WHERE (or MariaDB's LIMIT) bounds a DELETE or UPDATE; one inside a subquery does not. */
	private static Set<Flag> filtered(TokenCursor statement) {
		boolean bounded = statement.containsTopLevel("WHERE")
				|| (statement.dialect().equals("mariadb") && statement.containsTopLevel("LIMIT"));
		return bounded ? EnumSet.of(Flag.FILTERED) : EnumSet.noneOf(Flag.class);
	}

	/** PostgreSQL {@code REINDEX [(options)] INDEX|TABLE|SCHEMA|DATABASE|SYSTEM [CONCURRENTLY] name}. */
	private List<Operation> reindex(TokenCursor statement) {
		if (statement.isSymbol("(")) {
			statement.skip();
		}
		SqlToken what = statement.next();
		if (what == null) {
			return List.of();
		}
		Set<Flag> flags = statement.accept("CONCURRENTLY") ? EnumSet.of(Flag.CONCURRENTLY) : EnumSet.noneOf(Flag.class);
		SqlName name = statement.name();
		String objectType = what.text().toUpperCase(Locale.ROOT);
		SqlName table = objectType.equals("TABLE") ? name : null;
		return List.of(Operation.of(Kind.REINDEX, table, (name != null) ? name.text() : null, objectType, flags));
	}

}
