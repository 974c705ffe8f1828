package dev.migrate.core.guard;

import java.util.Arrays;
import java.util.Optional;

/**
 * The guard's rules. Each has a stable id, used in reports, JSON and
 * {@code -- migrate:allow <rule-id> <reason>} comments; {@code docs/guard.md} has a section per
 * rule with its severity per dialect, an example and the safe recipe.
 */
public enum Rule {

	/** DROP TABLE: error outside a contract revision, info inside one. */
	DROP_TABLE("drop-table"),

	/** ALTER TABLE ... DROP COLUMN: error outside a contract revision, info inside one. */
	DROP_COLUMN("drop-column"),

	/** DROP of a view, sequence, schema, function, type...: warning (error for a schema) outside contract. */
	DROP_OBJECT("drop-object"),

	/** ALTER TABLE ... DROP CONSTRAINT / FOREIGN KEY / CHECK / PRIMARY KEY: warning outside contract. */
	DROP_CONSTRAINT("drop-constraint"),

	/** Renaming or moving a table: error. */
	RENAME_TABLE("rename-table"),

	/** Renaming a column (including MariaDB's CHANGE old new): error. */
	RENAME_COLUMN("rename-column"),

	/** ALTER COLUMN TYPE, MariaDB's MODIFY and CHANGE, H2's ALTER COLUMN c type: error. */
	ALTER_COLUMN_TYPE("alter-column-type"),

	/** ALTER COLUMN ... SET NOT NULL: error outside contract. */
	SET_NOT_NULL("set-not-null"),

	/** ADD COLUMN ... NOT NULL without a non-null default: error. */
	ADD_COLUMN_NOT_NULL("add-column-not-null"),

	/** PostgreSQL: ADD COLUMN that rewrites the table (volatile default, serial, identity, stored generated). */
	ADD_COLUMN_REWRITE("add-column-rewrite"),

	/** PostgreSQL: ADD UNIQUE / PRIMARY KEY / EXCLUDE building its index under an exclusive lock. */
	CONSTRAINT_BUILDS_INDEX("constraint-builds-index"),

	/** CREATE INDEX (and REINDEX) that blocks writes: no CONCURRENTLY (PostgreSQL), no LOCK=NONE (MariaDB). */
	CREATE_INDEX_BLOCKING("create-index-blocking"),

	/** PostgreSQL: DROP INDEX without CONCURRENTLY. */
	DROP_INDEX_BLOCKING("drop-index-blocking"),

	/** PostgreSQL: CONCURRENTLY inside a transactional revision, which fails at run time. */
	CONCURRENTLY_IN_TRANSACTION("concurrently-in-transaction"),

	/** A foreign key or CHECK constraint added without NOT VALID, validating every row under a lock. */
	CONSTRAINT_WITHOUT_NOT_VALID("constraint-without-not-valid"),

	/** PostgreSQL: a constraint added NOT VALID and validated in the same transaction. */
	VALIDATE_IN_SAME_TRANSACTION("validate-in-same-transaction"),

	/** TRUNCATE: error outside contract. */
	TRUNCATE("truncate"),

	/** DELETE without WHERE: error outside contract. */
	DELETE_ALL_ROWS("delete-all-rows"),

	/** DELETE with a WHERE clause: warning outside contract. */
	DELETE_ROWS("delete-rows"),

	/** UPDATE without WHERE: warning. */
	UPDATE_ALL_ROWS("update-all-rows"),

	/** A revision that declares no phase (an empty merge revision is exempt): warning. */
	MISSING_PHASE("missing-phase"),

	/** A revision (not a merge) whose upgrade section runs nothing, e.g. a fresh template: warning. */
	EMPTY_UPGRADE("empty-upgrade"),

	/** A Java revision: its code cannot be analyzed: info. */
	JAVA_REVISION("java-revision"),

	/** A {@code migrate:allow} comment without a reason: error. */
	ALLOW_WITHOUT_REASON("allow-without-reason"),

	/** A {@code migrate:allow} comment naming no known rule: error. */
	ALLOW_UNKNOWN_RULE("allow-unknown-rule"),

	/** The graph has more than one head: error (reported by {@code check}). */
	MULTIPLE_HEADS("multiple-heads");

	private final String id;

	Rule(String id) {
		this.id = id;
	}

	/** The stable id, e.g. {@code drop-column}. */
	public String id() {
		return this.id;
	}

	/** The rule with id {@code id}, ignoring case. */
	public static Optional<Rule> byId(String id) {
		return Arrays.stream(values()).filter(rule -> rule.id.equalsIgnoreCase(id)).findFirst();
	}

	/** Whether a {@code migrate:allow} comment on a statement can accept this rule's findings. */
	boolean isSuppressible() {
		return this != ALLOW_WITHOUT_REASON && this != ALLOW_UNKNOWN_RULE && this != MISSING_PHASE
				&& this != JAVA_REVISION && this != MULTIPLE_HEADS && this != EMPTY_UPGRADE;
	}

}
