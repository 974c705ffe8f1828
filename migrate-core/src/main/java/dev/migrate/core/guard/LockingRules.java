package dev.migrate.core.guard;

import java.util.List;

import dev.migrate.core.guard.Operation.Flag;

/**
 * Rules about what blocks the database while a revision runs: table rewrites, index builds and
 * validations under strong locks. They depend on the database: PostgreSQL's CONCURRENTLY and NOT
 * VALID, MariaDB's online DDL ({@code ALGORITHM=INPLACE, LOCK=NONE}); H2, an embedded database
 * without rolling deploys, gets no locking finding.
 */
final class LockingRules {

	private static final String MARIADB_ONLINE = "InnoDB builds it online when it can, but silently falls back to "
			+ "a locking table copy or a shared lock when it cannot (the first FULLTEXT index, a SPATIAL index, a primary "
			+ "key change, a column change in the same statement). Safe recipe: ask for online DDL explicitly so that "
			+ "the statement fails instead of locking: ";

	void judge(Operation operation, RevisionContext context, List<Verdict> verdicts) {
		switch (operation.kind()) {
			case ALTER_COLUMN_TYPE -> alterColumnType(operation, context, verdicts);
			case ADD_COLUMN -> addColumnRewrite(operation, context, verdicts);
			case ADD_FOREIGN_KEY, ADD_CHECK -> constraintWithoutNotValid(operation, context, verdicts);
			case VALIDATE_CONSTRAINT -> validateInSameTransaction(operation, context, verdicts);
			case ADD_INDEX_CONSTRAINT -> constraintBuildsIndex(operation, context, verdicts);
			case ADD_INDEX, CREATE_INDEX, REINDEX -> createIndex(operation, context, verdicts);
			case DROP_INDEX -> dropIndex(operation, context, verdicts);
			case UPDATE -> updateAllRows(operation, verdicts);
			default -> {
				// not a locking concern
			}
		}
	}

	private static void alterColumnType(Operation operation, RevisionContext context, List<Verdict> verdicts) {
		String column = operation.qualifiedName();
		String change = (operation.detail() != null && !operation.detail().isEmpty())
				? " to " + operation.detail() : "";
		String lock;
		if (context.postgres()) {
			lock = "rewrites the table and rebuilds its indexes under an ACCESS EXCLUSIVE lock (only binary-compatible "
					+ "changes such as varchar(n) to a longer varchar or to text skip the rewrite)";
		}
		else if (context.mariadb() && onlineOnMariaDb(operation)) {
			verdicts.add(new Verdict(Rule.ALTER_COLUMN_TYPE, Severity.WARNING, "Changing column " + column + change
					+ " with ALGORITHM=INSTANT, INPLACE or LOCK=NONE: MariaDB refuses the statement rather than copy the "
					+ "table under a lock, so only a metadata change (e.g. a longer VARCHAR within the same length "
					+ "bytes) runs. Check that the old application version reads and writes the new type; otherwise "
					+ "add a new column and backfill it (expand, migrate, contract)."));
			return;
		}
		else if (context.mariadb()) {
			lock = "redefines the column; most type changes run as ALGORITHM=COPY, blocking writes for the whole copy "
					+ "(ALGORITHM=INSTANT makes MariaDB refuse a change it cannot make in place)";
		}
		else {
			lock = "changes what the running application version reads and writes";
		}
		verdicts.add(new Verdict(Rule.ALTER_COLUMN_TYPE, Severity.ERROR, "Changing column " + column + change + " "
				+ lock + ", and the old application version may not handle the new type. Safe recipe: (1) expand: add "
				+ "a new column of the new type and write both; (2) migrate: backfill it in batches; (3) release code "
				+ "reading the new column; (4) contract: drop the old one. If the change is verified to be metadata-only "
				+ "and compatible, accept it with '-- migrate:allow alter-column-type <reason>'."));
	}

	private static void addColumnRewrite(Operation operation, RevisionContext context, List<Verdict> verdicts) {
		if (!context.postgres() || !operation.has(Flag.REWRITES)) {
			return;
		}
		String name = operation.name();
		verdicts.add(new Verdict(Rule.ADD_COLUMN_REWRITE, Severity.ERROR, "Adding column " + operation.qualifiedName()
				+ " rewrites the whole table under an ACCESS EXCLUSIVE lock, blocking reads and writes until it ends: "
				+ operation.detail() + ". Safe recipe: (1) add the column without a default, or with a constant one; "
				+ "(2) set the default for new rows (ALTER COLUMN " + name + " SET DEFAULT ..., or attach the sequence "
				+ "or identity afterwards); (3) migrate: fill the existing rows in batches."));
	}

	private static void constraintWithoutNotValid(Operation operation, RevisionContext context,
			List<Verdict> verdicts) {
		if (operation.has(Flag.NOT_VALID)) {
			return;
		}
		boolean foreignKey = operation.kind() == Operation.Kind.ADD_FOREIGN_KEY;
		String what = (foreignKey ? "foreign key" : "CHECK constraint")
				+ ((operation.name() != null) ? " " + operation.name() : "") + " on " + operation.table();
		String name = (operation.name() != null) ? operation.name() : "<name>";
		if (context.postgres()) {
			String lock = foreignKey
					? "checks every row while holding a SHARE ROW EXCLUSIVE lock on " + operation.table() + " and on "
							+ ((operation.detail() != null) ? operation.detail() : "the referenced table")
							+ ": writes to both wait until it ends"
					: "checks every row under an ACCESS EXCLUSIVE lock: no reads or writes until it ends";
			String inline = operation.has(Flag.INLINE) ? " Declared inline in ADD COLUMN it cannot be NOT VALID: "
					+ "add the column first, then the constraint." : "";
			verdicts.add(new Verdict(Rule.CONSTRAINT_WITHOUT_NOT_VALID, Severity.ERROR, "Adding " + what + " " + lock
					+ "." + inline + " Safe recipe: ALTER TABLE " + operation.table() + " ADD CONSTRAINT " + name
					+ " ... NOT VALID (instant: only new rows are checked), then, in a later revision, ALTER TABLE "
					+ operation.table() + " VALIDATE CONSTRAINT " + name + " (SHARE UPDATE EXCLUSIVE lock: reads and "
					+ "writes go on)."));
		}
		else if (context.mariadb() && !onlineOnMariaDb(operation)) {
			String recipe = foreignKey
					? "MariaDB has no NOT VALID. With foreign_key_checks=1 adding a foreign key copies the table "
							+ "(ALGORITHM=COPY), blocking writes. Safe recipe: check the existing rows with a query "
							+ "first, then in one session SET foreign_key_checks = 0 and add the key with ALGORITHM=INPLACE, "
							+ "LOCK=NONE (existing rows are then not checked)."
					: "MariaDB has no NOT VALID: it checks every row and copies the table (ALGORITHM=COPY), blocking "
							+ "writes. Safe recipe: check the existing rows with a query first and add it when the "
							+ "table is small or traffic is low, or enforce the rule in the application.";
			verdicts.add(new Verdict(Rule.CONSTRAINT_WITHOUT_NOT_VALID, Severity.WARNING, "Adding " + what + ": "
					+ recipe));
		}
	}

	private static void validateInSameTransaction(Operation operation, RevisionContext context,
			List<Verdict> verdicts) {
		if (!context.postgres() || !context.transactional() || !context.addedNotValid(operation.name())) {
			return;
		}
		verdicts.add(new Verdict(Rule.VALIDATE_IN_SAME_TRANSACTION, Severity.ERROR, "Constraint " + operation.name()
				+ " is added NOT VALID and validated in the same transactional revision: the lock the ADD CONSTRAINT "
				+ "took is held until commit, so the validation scan runs under it and blocks as if NOT VALID had not "
				+ "been written. Safe recipe: move VALIDATE CONSTRAINT " + operation.name() + " to a later revision."));
	}

	private static void constraintBuildsIndex(Operation operation, RevisionContext context, List<Verdict> verdicts) {
		if (operation.has(Flag.USING_INDEX)) {
			return;
		}
		if (context.mariadb()) {
			createIndex(operation, context, verdicts);
			return;
		}
		if (!context.postgres()) {
			return;
		}
		String type = operation.detail();
		String index = (operation.name() != null) ? operation.name() : "<index>";
		String recipe = type.equals("EXCLUDE")
				? "An exclusion constraint cannot be attached to an existing index: add it while the table is small, "
						+ "or in a maintenance window, and accept it with '-- migrate:allow constraint-builds-index <reason>'."
				: "Safe recipe: (1) CREATE UNIQUE INDEX CONCURRENTLY " + index + " ON " + operation.table() + " (...) in "
						+ "a revision with '-- transactional: false'; (2) ALTER TABLE " + operation.table() + " ADD "
						+ "CONSTRAINT " + index + " " + type + " USING INDEX " + index + " (instant).";
		verdicts.add(new Verdict(Rule.CONSTRAINT_BUILDS_INDEX, Severity.ERROR, "Adding a " + type + " constraint on "
				+ operation.table() + " builds its index under an ACCESS EXCLUSIVE lock: no reads or writes until the "
				+ "build ends. " + recipe));
	}

	private static void createIndex(Operation operation, RevisionContext context, List<Verdict> verdicts) {
		String table = (operation.table() != null) ? operation.table().toString() : "its table";
		if (context.postgres() && operation.has(Flag.ONLY_PARENT)) {
			// ON ONLY a partitioned parent builds nothing: the partitions' indexes are built concurrently and attached
			return;
		}
		if (context.postgres() && !operation.has(Flag.CONCURRENTLY)) {
			boolean reindex = operation.kind() == Operation.Kind.REINDEX;
			String statement = reindex ? "REINDEX" : "CREATE INDEX";
			verdicts.add(new Verdict(Rule.CREATE_INDEX_BLOCKING, Severity.ERROR, statement + " without CONCURRENTLY "
					+ "blocks every write (INSERT, UPDATE, DELETE) on " + table + " until the index is built"
					+ (reindex ? ", and queries using the index" : "") + ". Safe recipe: " + statement
					+ " CONCURRENTLY in a revision of its own with '-- transactional: false' (CONCURRENTLY cannot run "
					+ "in a transaction); if it fails it leaves an INVALID index: drop it (DROP INDEX CONCURRENTLY) and "
					+ "run it again." + (reindex ? "" : " On a partitioned table: CREATE INDEX ... ON ONLY " + table
							+ " (instant), CREATE INDEX CONCURRENTLY on each partition, then ALTER INDEX <parent index> "
							+ "ATTACH PARTITION <partition index>.")));
		}
		else if (context.mariadb() && !indexBuiltOnline(operation) && operation.kind() != Operation.Kind.REINDEX) {
			String what = (operation.kind() == Operation.Kind.CREATE_INDEX) ? "CREATE INDEX on " + table
					: "Adding an index to " + table;
			verdicts.add(new Verdict(Rule.CREATE_INDEX_BLOCKING, Severity.WARNING, what + ": " + MARIADB_ONLINE
					+ "CREATE INDEX ... ON " + table + " (...) ALGORITHM=INPLACE LOCK=NONE, or ALTER TABLE " + table
					+ " ADD INDEX ... (...), ALGORITHM=INPLACE, LOCK=NONE (a FULLTEXT or SPATIAL index cannot be "
					+ "built with LOCK=NONE: add it while the table is small or traffic is low)."));
		}
	}

	/** LOCK=NONE or ALGORITHM=INSTANT|INPLACE|NOCOPY: MariaDB refuses the change rather than copy the table. */
	private static boolean onlineOnMariaDb(Operation operation) {
		return operation.has(Flag.ONLINE) || operation.has(Flag.INPLACE);
	}

	/**
	 * LOCK=NONE or ALGORITHM=INSTANT; or ALGORITHM=INPLACE|NOCOPY for an ordinary index, which InnoDB then
	 * builds with LOCK=NONE (a FULLTEXT or SPATIAL index still takes a shared lock that blocks writes).
	 */
	private static boolean indexBuiltOnline(Operation operation) {
		boolean sharedLock = "FULLTEXT".equals(operation.detail()) || "SPATIAL".equals(operation.detail());
		return operation.has(Flag.ONLINE) || (operation.has(Flag.INPLACE) && !sharedLock);
	}

	private static void dropIndex(Operation operation, RevisionContext context, List<Verdict> verdicts) {
		if (!context.postgres() || operation.has(Flag.CONCURRENTLY)) {
			return;
		}
		verdicts.add(new Verdict(Rule.DROP_INDEX_BLOCKING, Severity.ERROR, "DROP INDEX " + operation.name() + " without "
				+ "CONCURRENTLY takes an ACCESS EXCLUSIVE lock on its table: while it waits for running queries, every "
				+ "later query on the table queues behind it. Safe recipe: DROP INDEX CONCURRENTLY "
				+ (operation.has(Flag.IF_EXISTS) ? "IF EXISTS " : "") + operation.name() + " in a revision with "
				+ "'-- transactional: false'."));
	}

	private static void updateAllRows(Operation operation, List<Verdict> verdicts) {
		if (operation.has(Flag.FILTERED)) {
			return;
		}
		String table = (operation.table() != null) ? operation.table().toString() : "the table";
		verdicts.add(new Verdict(Rule.UPDATE_ALL_ROWS, Severity.WARNING, "UPDATE without WHERE rewrites every row of "
				+ table + " in one transaction: each row stays locked until it commits, so the running application "
				+ "version's writes to them wait, and the table bloats. Safe recipe: backfill in batches (UPDATE ... "
				+ "WHERE id BETWEEN ... , one batch per transaction) in a migrate revision, or give a new column its "
				+ "value through a DEFAULT."));
	}

}
