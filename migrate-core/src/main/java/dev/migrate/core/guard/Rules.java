package dev.migrate.core.guard;

import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.guard.Operation.Flag;

/**
 * Judges each {@link Operation} in the context of its revision. Compatibility rules (what breaks
 * the application version still running) are in {@link CompatibilityRules}, locking rules (what
 * blocks the database while it runs) in {@link LockingRules}; this class adds what applies to
 * both.
 */
final class Rules {

	private final CompatibilityRules compatibility = new CompatibilityRules();

	private final LockingRules locking = new LockingRules();

	List<Verdict> judge(Operation operation, RevisionContext context) {
		List<Verdict> verdicts = new ArrayList<>();
		concurrentlyInTransaction(operation, context, verdicts);
		// a table created earlier in the same revision is empty and unknown to the running version
		if (!context.actsOnNewObject(operation)) {
			this.compatibility.judge(operation, context, verdicts);
			this.locking.judge(operation, context, verdicts);
		}
		return verdicts;
	}

	private static void concurrentlyInTransaction(Operation operation, RevisionContext context, List<Verdict> verdicts) {
		if (!context.postgres() || !context.transactional() || !operation.has(Flag.CONCURRENTLY)) {
			return;
		}
		String what = switch (operation.kind()) {
			case CREATE_INDEX -> "CREATE INDEX CONCURRENTLY";
			case DROP_INDEX -> "DROP INDEX CONCURRENTLY";
			case REINDEX -> "REINDEX CONCURRENTLY";
			case DETACH_PARTITION -> "DETACH PARTITION CONCURRENTLY";
			default -> null;
		};
		if (what != null) {
			verdicts.add(new Verdict(Rule.CONCURRENTLY_IN_TRANSACTION, Severity.ERROR, what + " cannot run inside a "
					+ "transaction block, and this revision runs in one: PostgreSQL would fail it with 'cannot run inside "
					+ "a transaction block'. Fix: add '-- transactional: false' to the revision's header and keep the "
					+ "revision to the concurrent statement(s); without a transaction, a failure half-way is not rolled "
					+ "back (an interrupted CREATE INDEX CONCURRENTLY leaves an INVALID index: drop it and re-run)."));
		}
	}

}
