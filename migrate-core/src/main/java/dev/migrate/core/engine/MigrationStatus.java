package dev.migrate.core.engine;

import java.util.List;

import dev.migrate.core.history.HistoryRow;
import dev.migrate.core.revision.Revision;

/**
 * The state of a database as this code sees it, read without taking the lock.
 *
 * @param state the state
 * @param reason why the state is {@link State#FAILED} or {@link State#RUNNING} when the state
 * alone does not say (a checksum mismatch, a recorded failure, ...), or {@code null}
 * @param current the version rows
 * @param heads the heads of the revision graph
 * @param pending this code's revisions that an upgrade to the target needs and the database has
 * not applied, in order, whatever the state (empty when ahead)
 * @param unknown version rows naming revisions this code does not know
 * @param failure the recorded failure that blocks the next run, or {@code null}
 * @param detail a sentence explaining the state when it needs one, or {@code null}
 */
public record MigrationStatus(State state, Reason reason, List<String> current, List<String> heads,
		List<Revision> pending, List<String> unknown, HistoryRow failure, String detail) {

	public MigrationStatus {
		current = List.copyOf(current);
		heads = List.copyOf(heads);
		pending = List.copyOf(pending);
		unknown = List.copyOf(unknown);
	}

}
