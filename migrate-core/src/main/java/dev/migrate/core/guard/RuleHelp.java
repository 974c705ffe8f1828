package dev.migrate.core.guard;

import java.util.Objects;

/**
 * What a rule is about, in a sentence, and its help (why, and the safe recipe), for reports that
 * describe their rules, such as SARIF. The full text per rule, with examples, is in
 * {@code docs/guard.md}.
 *
 * @param rule the rule
 * @param shortDescription one sentence: what the rule flags
 * @param help why it is unsafe and what to do instead
 * @param defaultSeverity its severity on PostgreSQL outside a contract revision
 */
public record RuleHelp(Rule rule, String shortDescription, String help, Severity defaultSeverity) {

	public RuleHelp {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(shortDescription, "shortDescription");
		Objects.requireNonNull(help, "help");
		Objects.requireNonNull(defaultSeverity, "defaultSeverity");
	}

	/** The help of {@code rule}. */
	public static RuleHelp of(Rule rule) {
		return switch (rule) {
			case DROP_TABLE -> error(rule, "DROP TABLE outside a contract revision.", "The application version still "
					+ "running reads and writes the table; its rows are gone for good. Release a version that no longer "
					+ "uses it, then drop it in a revision declared '-- phase: contract' (info there).");
			case DROP_COLUMN -> error(rule, "ALTER TABLE ... DROP COLUMN outside a contract revision.", "The old "
					+ "version selects and inserts the column and fails once it is gone. Make it nullable (expand), "
					+ "release code that no longer uses it, then drop it in a contract revision.");
			case DROP_OBJECT -> error(rule, "DROP of a view, materialized view, sequence, function, procedure, type, "
					+ "schema, trigger or other object outside a contract revision.", "The old version may use the "
					+ "object (a schema takes its tables with it). Drop it in a contract revision once no running "
					+ "version uses it; replace views and functions in place with CREATE OR REPLACE.");
			case DROP_CONSTRAINT -> error(rule, "ALTER TABLE ... DROP CONSTRAINT outside a contract revision.", "The old "
					+ "version may rely on it (a unique key behind an upsert, a cascading foreign key), and rows written "
					+ "meanwhile break the rule it expects. Add the new constraint first, drop the old one in contract.");
			case RENAME_TABLE -> error(rule, "Renaming a table or moving it to another schema.", "Breaks every "
					+ "running instance of the old version at once, in any phase. Rename and leave a view with the old "
					+ "name (expand), release code using the new name, drop the view (contract).");
			case RENAME_COLUMN -> error(rule, "Renaming a column.", "Breaks the old version's queries at once. Add "
					+ "the new column and write both, backfill, release code using only the new one, drop the old one.");
			case ALTER_COLUMN_TYPE -> error(rule, "Changing a column's type.", "Rewrites the table under an ACCESS "
					+ "EXCLUSIVE lock on PostgreSQL (a copy on MariaDB) and may narrow or truncate values. Add a new "
					+ "column, backfill it in batches, switch the code, drop the old column.");
			case SET_NOT_NULL -> error(rule, "ALTER COLUMN ... SET NOT NULL.", "Old inserts without the column fail; "
					+ "on PostgreSQL it scans the table under an ACCESS EXCLUSIVE lock in any phase. Lock-free on "
					+ "PostgreSQL 12+: ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c in a "
					+ "later revision; then SET NOT NULL and drop the check.");
			case ADD_COLUMN_NOT_NULL -> error(rule, "ADD COLUMN ... NOT NULL without a real (non-null) default.",
					"Fails on a table with rows, and every INSERT of the old version fails. DEFAULT NULL is no default. "
							+ "Add it with a constant default, or nullable and set NOT NULL later.");
			case ADD_COLUMN_REWRITE -> error(rule, "ADD COLUMN that rewrites the table (volatile default, serial, "
					+ "identity, stored generated column).", "Every existing row gets its own value: the table is "
					+ "rewritten under an ACCESS EXCLUSIVE lock. Add the column without a default, set the default "
					+ "afterwards, backfill in batches.");
			case CONSTRAINT_BUILDS_INDEX -> error(rule, "ADD UNIQUE / PRIMARY KEY / EXCLUDE constraint that builds "
					+ "its index under a lock.", "The index is built under an ACCESS EXCLUSIVE lock. Build it with "
					+ "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... USING INDEX.");
			case CREATE_INDEX_BLOCKING -> error(rule, "CREATE INDEX or REINDEX without CONCURRENTLY on an existing "
					+ "table.", "Blocks every write to the table until the index is built. Use CONCURRENTLY in a "
					+ "revision with '-- transactional: false'; for a partitioned table, CREATE INDEX ... ON ONLY the "
					+ "parent, CREATE INDEX CONCURRENTLY on each partition, then ALTER INDEX ... ATTACH PARTITION.");
			case DROP_INDEX_BLOCKING -> error(rule, "DROP INDEX without CONCURRENTLY.", "Takes an ACCESS EXCLUSIVE "
					+ "lock on the table; every later query queues behind it. Use DROP INDEX CONCURRENTLY in a revision "
					+ "with '-- transactional: false'.");
			case CONCURRENTLY_IN_TRANSACTION -> error(rule, "CONCURRENTLY inside a transactional revision.",
					"PostgreSQL refuses it inside a transaction block. Add '-- transactional: false' to the header.");
			case CONSTRAINT_WITHOUT_NOT_VALID -> error(rule, "Foreign key or CHECK constraint added without NOT VALID.",
					"Checks every row under a lock. Add it NOT VALID, then VALIDATE CONSTRAINT in a later revision.");
			case VALIDATE_IN_SAME_TRANSACTION -> error(rule, "A constraint added NOT VALID and validated in the same "
					+ "transaction.", "The lock of ADD CONSTRAINT is held until commit, so the validation runs "
					+ "under it. Validate in a later revision.");
			case TRUNCATE -> error(rule, "TRUNCATE outside a contract revision.", "Deletes every row the running "
					+ "version uses, under an ACCESS EXCLUSIVE lock. Empty tables only in a contract revision.");
			case DELETE_ALL_ROWS -> error(rule, "DELETE without WHERE outside a contract revision.", "Deletes every "
					+ "row the running version uses. Delete only dead rows, in batches, in a contract revision.");
			case DELETE_ROWS -> error(rule, "DELETE with a WHERE clause outside a contract revision.", "The running "
					+ "version may still read or reference the rows. Delete in a contract revision, or accept it with "
					+ "a reason once the rows are known to be dead.");
			case UPDATE_ALL_ROWS -> new RuleHelp(rule, "UPDATE without WHERE.", "Locks every row until commit and "
					+ "bloats the table. Backfill in batches.", Severity.WARNING);
			case MISSING_PHASE -> new RuleHelp(rule, "A revision without '-- phase:'.", "The guard cannot tell "
					+ "expand from contract. Declare expand, migrate or contract.", Severity.WARNING);
			case EMPTY_UPGRADE -> new RuleHelp(rule, "A revision whose upgrade section runs nothing.", "Applying it "
					+ "records it as applied; SQL written into it later never runs there.", Severity.WARNING);
			case JAVA_REVISION -> new RuleHelp(rule, "A Java revision, whose code the guard cannot read.", "Review "
					+ "the SQL it runs by hand against the rules.", Severity.INFO);
			case ALLOW_WITHOUT_REASON -> error(rule, "A migrate:allow comment without a reason.", "It accepts nothing: "
					+ "write '-- migrate:allow <rule> <reason>'.");
			case ALLOW_UNKNOWN_RULE -> error(rule, "A migrate:allow comment naming no rule that can be accepted.",
					"It accepts nothing: name a rule id of docs/guard.md.");
			case MULTIPLE_HEADS -> error(rule, "The revision graph has more than one head.", "Join the heads with "
					+ "'migrate merge'.");
		};
	}

	private static RuleHelp error(Rule rule, String shortDescription, String help) {
		return new RuleHelp(rule, shortDescription, help, Severity.ERROR);
	}

}
