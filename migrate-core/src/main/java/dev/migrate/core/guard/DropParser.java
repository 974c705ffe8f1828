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
 * Reads what follows {@code DROP}: tables, indexes (PostgreSQL's list and MariaDB's
 * {@code DROP INDEX a ON t}) and the other objects whose drop the guard reports, one operation
 * per name.
 */
final class DropParser {

	/** Object types of more than one word; any other {@code DROP <word>} names its object type in one word. */
	private static final List<List<String>> MULTI_WORD_OBJECTS = List.of(List.of("MATERIALIZED", "VIEW"),
			List.of("FOREIGN", "TABLE"), List.of("FOREIGN", "DATA", "WRAPPER"), List.of("EVENT", "TRIGGER"),
			List.of("OPERATOR", "CLASS"), List.of("OPERATOR", "FAMILY"), List.of("ACCESS", "METHOD"),
			List.of("USER", "MAPPING"), List.of("OWNED", "BY"), List.of("TEXT", "SEARCH", "CONFIGURATION"),
			List.of("TEXT", "SEARCH", "DICTIONARY"), List.of("TEXT", "SEARCH", "PARSER"),
			List.of("TEXT", "SEARCH", "TEMPLATE"));

	/** The operations of the statement after its {@code DROP}; none for an object the guard does not judge. */
	List<Operation> drop(TokenCursor statement) {
		Set<Flag> flags = EnumSet.noneOf(Flag.class);
		if (statement.accept("TEMPORARY")) {
			flags.add(Flag.TEMPORARY);
		}
		if (statement.accept("TABLE")) {
			return dropEach(statement, Kind.DROP_TABLE, null, flags);
		}
		if (statement.accept("INDEX")) {
			return dropIndexes(statement);
		}
		for (List<String> words : MULTI_WORD_OBJECTS) {
			if (statement.accept(words.toArray(String[]::new))) {
				return dropEach(statement, Kind.DROP_OBJECT, String.join(" ", words), flags);
			}
		}
		// every other object: a view, sequence, schema, function, procedure, type, trigger, role...
		SqlToken type = statement.peek();
		if (type == null || type.kind() != SqlToken.Kind.WORD || statement.isWord("IF")) {
			return List.of();
		}
		statement.next();
		return dropEach(statement, Kind.DROP_OBJECT, type.text().toUpperCase(Locale.ROOT), flags);
	}

	/** {@code [IF EXISTS] a, b [CASCADE]}: one operation per name. */
	private List<Operation> dropEach(TokenCursor statement, Kind kind, String objectType, Set<Flag> flags) {
		if (statement.acceptIfExists()) {
			flags.add(Flag.IF_EXISTS);
		}
		if (statement.containsTopLevel("CASCADE")) {
			flags.add(Flag.CASCADE);
		}
		List<Operation> operations = new ArrayList<>();
		for (TokenCursor part : statement.splitRest(",")) {
			SqlName name = part.name();
			if (name == null) {
				continue;
			}
			operations.add((kind == Kind.DROP_TABLE) ? Operation.of(kind, name, null, null, flags)
					: Operation.of(kind, null, name.text(), objectType, flags));
		}
		return operations;
	}

	/** PostgreSQL {@code DROP INDEX [CONCURRENTLY] [IF EXISTS] a, b}; MariaDB {@code DROP INDEX a ON t}. */
	private List<Operation> dropIndexes(TokenCursor statement) {
		Set<Flag> flags = EnumSet.noneOf(Flag.class);
		if (statement.accept("CONCURRENTLY")) {
			flags.add(Flag.CONCURRENTLY);
		}
		if (statement.acceptIfExists()) {
			flags.add(Flag.IF_EXISTS);
		}
		List<Operation> operations = new ArrayList<>();
		for (TokenCursor part : statement.splitRest(",")) {
			SqlName index = part.name();
			if (index == null) {
				continue;
			}
			SqlName table = part.accept("ON") ? part.name() : null;
			Set<Flag> own = EnumSet.copyOf(flags);
			own.addAll(LockClause.flags(part));
			operations.add(Operation.of(Kind.DROP_INDEX, table, index.text(), null, own));
		}
		return operations;
	}

}
