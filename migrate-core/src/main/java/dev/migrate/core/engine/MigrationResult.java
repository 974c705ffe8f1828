package dev.migrate.core.engine;

import java.time.Instant;
import java.util.List;

import dev.migrate.core.plan.Operation;

/**
 * What a command did.
 *
 * @param operation what the command did to the version rows (upgrade, downgrade or stamp)
 * @param command the command as the command line names it: {@code upgrade}, {@code downgrade},
 * {@code stamp} or {@code resolve}
 * @param target the target as given; for {@code resolve}, the revision whose failure it cleared
 * @param state the database's state afterwards
 * @param before the version rows before
 * @param after the version rows after
 * @param applied the revisions that ran, in order
 * @param startedAt when the command began
 * @param finishedAt when it ended
 * @param lockWaitMillis how long it waited for the lock
 * @param error the failure, or {@code null}
 */
public record MigrationResult(Operation operation, String command, String target, State state, List<String> before, List<String> after,
		List<String> applied, Instant startedAt, Instant finishedAt, long lockWaitMillis, String error) {

	public MigrationResult {
		before = List.copyOf(before);
		after = List.copyOf(after);
		applied = List.copyOf(applied);
	}

	public boolean succeeded() {
		return this.error == null;
	}

}
