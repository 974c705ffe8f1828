package dev.migrate.core.guard;

import java.util.EnumSet;
import java.util.Set;

/**
 * One thing a statement does, as the rules see it: a whole statement ({@code DROP TABLE a}), one
 * table of a multi-table statement ({@code DROP TABLE a, b} gives two), or one action of an
 * {@code ALTER TABLE} ({@code ADD COLUMN}, {@code DROP COLUMN}, ...).
 *
 * @param kind what it does
 * @param table the table it acts on, {@code null} when the statement does not say (PostgreSQL's
 * {@code DROP INDEX name})
 * @param name the column, index, constraint or object it acts on, as written; {@code null} when none
 * @param detail more about it for messages: the new name of a rename, the object type of a
 * {@code DROP VIEW}, the kind of constraint, what makes an added column rewrite the table
 * @param flags what was said about it
 */
record Operation(Kind kind, SqlName table, String name, String detail, Set<Flag> flags) {

	Operation {
		flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
	}

	static Operation of(Kind kind, SqlName table, String name, String detail, Set<Flag> flags) {
		return new Operation(kind, table, name, detail, flags);
	}

	static Operation of(Kind kind, SqlName table, String name) {
		return new Operation(kind, table, name, null, Set.of());
	}

	boolean has(Flag flag) {
		return this.flags.contains(flag);
	}

	/** {@code table.name}, or whichever of them is known. */
	String qualifiedName() {
		if (this.table == null) {
			return this.name;
		}
		return (this.name != null) ? this.table + "." + this.name : this.table.toString();
	}

	enum Kind {

		CREATE_TABLE, DROP_TABLE, DROP_OBJECT, TRUNCATE, DELETE, UPDATE,

		RENAME_TABLE, RENAME_COLUMN, DROP_COLUMN, ALTER_COLUMN_TYPE, SET_NOT_NULL, ADD_COLUMN,

		/** A foreign key, from ADD CONSTRAINT or an inline REFERENCES. */
		ADD_FOREIGN_KEY,

		/** A CHECK constraint, from ADD CONSTRAINT or inline in ADD COLUMN. */
		ADD_CHECK,

		/** A constraint backed by an index: UNIQUE, PRIMARY KEY, EXCLUDE ({@code detail} says which). */
		ADD_INDEX_CONSTRAINT,

		/** MariaDB's ALTER TABLE ... ADD INDEX / KEY / FULLTEXT / SPATIAL. */
		ADD_INDEX,

		DROP_CONSTRAINT, VALIDATE_CONSTRAINT, CREATE_INDEX, DROP_INDEX, REINDEX,

		/** PostgreSQL's ALTER TABLE ... DETACH PARTITION; only its CONCURRENTLY form matters here. */
		DETACH_PARTITION

	}

	enum Flag {

		IF_EXISTS, CONCURRENTLY, NOT_VALID, NOT_NULL,

		/** The added column gets a non-null value in existing rows: a non-null default, identity, generated. */
		HAS_VALUE,

		/** Adding the column rewrites the table (PostgreSQL); {@code detail} says why. */
		REWRITES,

		/** DELETE or UPDATE with a WHERE (or MariaDB LIMIT) clause. */
		FILTERED,

		CASCADE,

		/** ADD UNIQUE / PRIMARY KEY USING INDEX: the index exists already. */
		USING_INDEX,

		/** MariaDB: the statement says LOCK=NONE or ALGORITHM=INSTANT, so it fails rather than lock. */
		ONLINE,

		/** MariaDB: the statement says ALGORITHM=INPLACE or NOCOPY, so it fails rather than copy the table. */
		INPLACE,

		/** PostgreSQL: CREATE INDEX ... ON ONLY a partitioned parent, which builds no index (the recipe's first step). */
		ONLY_PARENT,

		TEMPORARY,

		/** A constraint declared inline in ADD COLUMN, where NOT VALID cannot be written. */
		INLINE

	}

}
