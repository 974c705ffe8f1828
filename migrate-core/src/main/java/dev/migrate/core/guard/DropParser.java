package dev.migrate.core.guard;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.migrate.core.guard.Operation.Flag;
import dev.migrate.core.guard.Operation.Kind;

/**
 * Reads what follows {@code DROP}: tables, indexes (PostgreSQL's list and MariaDB's
 * {@code DROP INDEX a ON t}) and the other objects whose drop the guard reports, one operation
 * per name.
 */
final class DropParser {

	/** Objects besides tables and indexes whose DROP the guard reports ({@code MATERIALIZED VIEW} is read apart). */
	private static final List<String> DROPPED_OBJECTS = List.of("VIEW", "SEQUENCE", "SCHEMA", "DATABASE", "FUNCTION",
			"PROCEDURE", "TYPE", "DOMAIN", "TRIGGER", "EXTENSION");

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
		if (statement.accept("MATERIALIZED", "VIEW")) {
			return dropEach(statement, Kind.DROP_OBJECT, "MATERIALIZED VIEW", flags);
		}
		for (String object : DROPPED_OBJECTS) {
			if (statement.accept(object)) {
				return dropEach(statement, Kind.DROP_OBJECT, object, flags);
			}
		}
		return List.of();
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
			if (LockClause.isNone(part)) {
				own.add(Flag.ONLINE);
			}
			operations.add(Operation.of(Kind.DROP_INDEX, table, index.text(), null, own));
		}
		return operations;
	}

}
