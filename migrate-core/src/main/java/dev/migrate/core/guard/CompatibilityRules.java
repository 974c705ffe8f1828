package dev.migrate.core.guard;

import java.util.List;

import dev.migrate.core.guard.Operation.Flag;

/**
 * Rules about what breaks the application version that still runs during a rolling deploy:
 * drops, renames, new required columns, lost rows. Destructive operations belong in a
 * {@code contract} revision, applied once no old instance runs; there they are reported as info.
 */
final class CompatibilityRules {

	void judge(Operation operation, RevisionContext context, List<Verdict> verdicts) {
		switch (operation.kind()) {
			case DROP_TABLE -> dropTable(operation, context, verdicts);
			case DROP_COLUMN -> dropColumn(operation, context, verdicts);
			case DROP_OBJECT -> dropObject(operation, context, verdicts);
			case DROP_CONSTRAINT -> dropConstraint(operation, context, verdicts);
			case RENAME_TABLE -> renameTable(operation, verdicts);
			case RENAME_COLUMN -> renameColumn(operation, verdicts);
			case SET_NOT_NULL -> setNotNull(operation, context, verdicts);
			case ADD_COLUMN -> addColumnNotNull(operation, context, verdicts);
			case TRUNCATE -> truncate(operation, context, verdicts);
			case DELETE -> delete(operation, context, verdicts);
			default -> {
				// not a compatibility concern
			}
		}
	}

	private static void dropTable(Operation operation, RevisionContext context, List<Verdict> verdicts) {
		if (operation.has(Flag.TEMPORARY)) {
			return;
		}
		String table = operation.table().toString();
		String message = context.contract()
				? "DROP TABLE " + table + " in a contract revision: allowed. Make sure no running application version "
						+ "reads or writes it any more; its rows cannot be brought back by a downgrade."
				: "DROP TABLE " + table + " in " + context.describeRevision() + ": the application "
						+ "version still running during a rolling deploy reads and writes it, and its rows are gone for "
						+ "good." + cascade(operation) + " Safe recipe: (1) release an application version that no "
						+ "longer uses " + table + "; (2) drop the table in a later revision declared '-- phase: "
						+ "contract', applied once no old instance runs.";
		verdicts.add(new Verdict(Rule.DROP_TABLE, context.severity(Rule.DROP_TABLE, Severity.ERROR), message));
	}

	private static void dropColumn(Operation operation, RevisionContext context, List<Verdict> verdicts) {
		String column = operation.qualifiedName();
		String message = context.contract()
				? "DROP COLUMN " + column + " in a contract revision: allowed. Make sure no running application "
						+ "version reads or writes it any more (ORMs that list every mapped column count)."
				: "DROP COLUMN " + column + " in " + context.describeRevision() + ": the application "
						+ "version still running selects and inserts this column and fails as soon as it is gone; its "
						+ "data is lost." + cascade(operation) + " Safe recipe: (1) expand: if the column is NOT NULL "
						+ "without a default, make it nullable (ALTER COLUMN " + operation.name() + " DROP NOT NULL) so "
						+ "that new code can stop writing it; (2) release code that neither reads nor writes "
						+ operation.name() + "; (3) drop it in a later revision declared '-- phase: contract'.";
		verdicts.add(new Verdict(Rule.DROP_COLUMN, context.severity(Rule.DROP_COLUMN, Severity.ERROR), message));
	}

	private static void dropObject(Operation operation, RevisionContext context, List<Verdict> verdicts) {
		String what = operation.detail() + " " + operation.name();
		boolean holdsTables = operation.detail().equals("SCHEMA") || operation.detail().equals("DATABASE");
		String message = context.contract()
				? "DROP " + what + " in a contract revision: allowed. Make sure no running application version uses it."
				: "DROP " + what + " in " + context.describeRevision() + ": the application version "
						+ "still running may use it" + (holdsTables ? ", and every table in it is dropped with it" : "")
						+ ". Safe recipe: release a version that no longer uses it, then drop it in a revision "
						+ "declared '-- phase: contract'. Replacing a function or view in place is safer with CREATE OR "
						+ "REPLACE, keeping what the old version calls.";
		verdicts.add(new Verdict(Rule.DROP_OBJECT, context.severity(Rule.DROP_OBJECT, Severity.ERROR), message));
	}

	private static void dropConstraint(Operation operation, RevisionContext context, List<Verdict> verdicts) {
		String constraint = ((operation.detail() != null) ? operation.detail() + " " : "constraint ")
				+ operation.name() + " of " + operation.table();
		String message = context.contract()
				? "Dropping " + constraint + " in a contract revision: allowed once no running version relies on it."
				: "Dropping " + constraint + " while the old application version runs: it may rely on it (a unique "
						+ "constraint or primary key behind ON CONFLICT / upsert, a foreign key's ON DELETE CASCADE), and "
						+ "rows written meanwhile may break the rule the old version expects." + cascade(operation)
						+ " Safe recipe: drop it in a revision declared '-- phase: contract' once no running version "
						+ "relies on it; to change a rule, add the new constraint first (NOT VALID, then VALIDATE on "
						+ "PostgreSQL) and drop the old one in contract.";
		verdicts.add(new Verdict(Rule.DROP_CONSTRAINT, context.severity(Rule.DROP_CONSTRAINT, Severity.ERROR), message));
	}

	private static void renameTable(Operation operation, List<Verdict> verdicts) {
		String table = operation.table().toString();
		String target = (operation.detail() != null) ? operation.detail() : "a new name";
		verdicts.add(new Verdict(Rule.RENAME_TABLE, Severity.ERROR, "Renaming or moving table " + table + " to "
				+ target + " breaks every running instance of the old application version at once, and the new one "
				+ "until it runs: no rolling deploy survives it, in any phase. Safe recipe: (1) expand: rename the table "
				+ "and, in the same revision, create a view with the old name (CREATE VIEW " + table + " AS SELECT * "
				+ "FROM <new name>; a simple view is updatable), or create the new table and write to both; "
				+ "(2) release code that uses the new name; (3) contract: drop the view (or the old table)."));
	}

	private static void renameColumn(Operation operation, List<Verdict> verdicts) {
		String column = operation.qualifiedName();
		String target = (operation.detail() != null) ? operation.detail() : "a new name";
		verdicts.add(new Verdict(Rule.RENAME_COLUMN, Severity.ERROR, "Renaming column " + column + " to " + target
				+ " breaks the old application version's queries at once, and the new version's until it runs. Safe "
				+ "recipe: (1) expand: add column " + target + " (nullable) and keep both written (by the application "
				+ "or a trigger); (2) migrate: copy " + operation.name() + " into " + target + " in batches; (3) release "
				+ "code that reads and writes only " + target + "; (4) contract: drop " + operation.name() + "."));
	}

	private static void setNotNull(Operation operation, RevisionContext context, List<Verdict> verdicts) {
		if (context.notNullChecked(operation)) {
			// the last step of the lock-free recipe: a valid CHECK (col IS NOT NULL) spares the scan, and no NULL is left
			return;
		}
		String column = operation.qualifiedName();
		String name = operation.name();
		String lock = context.postgres() ? "SET NOT NULL on " + column + " scans the whole table under an ACCESS "
				+ "EXCLUSIVE lock: no reads or writes until it ends, in any phase. " : "";
		String pgRecipe = "Lock-free recipe on PostgreSQL 12+: ADD CONSTRAINT " + name + "_not_null CHECK (" + name
				+ " IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT " + name + "_not_null in a later revision (no "
				+ "exclusive lock); then SET NOT NULL, which uses the valid check instead of scanning, and drop the check.";
		Severity severity = context.severity(Rule.SET_NOT_NULL, Severity.ERROR);
		if (context.contract()) {
			verdicts.add(new Verdict(Rule.SET_NOT_NULL, severity, context.postgres() ? lock + pgRecipe
					: "SET NOT NULL on " + column + " in a contract revision: allowed once every running "
							+ "version writes " + name + " and no NULL is left."));
			return;
		}
		verdicts.add(new Verdict(Rule.SET_NOT_NULL, severity, lock + "The old application version may still "
				+ "insert rows without " + name + ", and those inserts fail once the column is NOT NULL (and the "
				+ "statement fails if a NULL is left). Safe recipe: (1) release code that always writes " + name
				+ "; (2) migrate: fill the NULLs in batches; (3) contract: make the column NOT NULL. "
				+ (context.postgres() ? pgRecipe : "")));
	}

	private static void addColumnNotNull(Operation operation, RevisionContext context, List<Verdict> verdicts) {
		if (!operation.has(Flag.NOT_NULL) || operation.has(Flag.HAS_VALUE)) {
			return;
		}
		String column = operation.qualifiedName();
		String name = operation.name();
		String failure = context.mariadb() ? "MariaDB fills existing rows with an implicit zero or empty value"
				: "the statement fails as soon as the table has a row";
		verdicts.add(new Verdict(Rule.ADD_COLUMN_NOT_NULL, Severity.ERROR, "Adding " + column + " NOT NULL without a "
				+ "non-null DEFAULT: " + failure + ", and every INSERT of the old application version, which does not "
				+ "name " + name + ", fails. Safe recipe: add it with a constant default (ADD COLUMN " + name + " ... "
				+ "NOT NULL DEFAULT <value>, instant on PostgreSQL 11+ and MariaDB 10.3+), or add it nullable, "
				+ "backfill it, and set NOT NULL in a contract revision (see rule set-not-null)."));
	}

	private static void truncate(Operation operation, RevisionContext context, List<Verdict> verdicts) {
		// TRUNCATE t, or MariaDB's DROP / TRUNCATE PARTITION p of t (detail says which)
		String what = (operation.detail() != null)
				? operation.detail() + " " + operation.name() + " of " + operation.table()
				: "TRUNCATE " + operation.table();
		String cascade = operation.has(Flag.CASCADE)
				? " CASCADE also empties every table with a foreign key to it." : "";
		String message = context.contract()
				? what + " in a contract revision: allowed. Its rows are gone for good." + cascade
				: what + " in " + context.describeRevision() + " deletes rows "
						+ "while the running application version still uses them, under an exclusive lock."
						+ cascade + " Safe recipe: empty it in a revision declared '-- phase: contract' once no running "
						+ "version needs the rows, or delete only the dead rows, in batches.";
		verdicts.add(new Verdict(Rule.TRUNCATE, context.severity(Rule.TRUNCATE, Severity.ERROR), message));
	}

	private static void delete(Operation operation, RevisionContext context, List<Verdict> verdicts) {
		String table = (operation.table() != null) ? operation.table().toString() : "the table";
		if (!operation.has(Flag.FILTERED)) {
			String message = context.contract()
					? "DELETE without WHERE on " + table + " in a contract revision: allowed; every row is gone."
					: "DELETE without WHERE on " + table + " deletes every row while the running application version "
							+ "still uses them, and holds every row lock until it commits. Safe recipe: add the WHERE "
							+ "clause that selects the dead rows, delete them in batches; empty a table only in a "
							+ "revision declared '-- phase: contract'.";
			verdicts.add(new Verdict(Rule.DELETE_ALL_ROWS, context.severity(Rule.DELETE_ALL_ROWS, Severity.ERROR), message));
			return;
		}
		String message = context.contract()
				? "DELETE on " + table + " in a contract revision: allowed."
				: "DELETE on " + table + " in " + context.describeRevision() + " removes rows the "
						+ "running application version may still read or reference. Make sure they are dead data; "
						+ "delete large sets in batches (one DELETE holds its row locks until commit), in a revision "
						+ "declared '-- phase: contract', or accept it with '-- migrate:allow delete-rows <reason>' "
						+ "once checked.";
		verdicts.add(new Verdict(Rule.DELETE_ROWS, context.severity(Rule.DELETE_ROWS, Severity.ERROR), message));
	}

	private static String cascade(Operation operation) {
		return operation.has(Flag.CASCADE) ? " CASCADE also drops what depends on it (views, foreign keys)." : "";
	}

}
