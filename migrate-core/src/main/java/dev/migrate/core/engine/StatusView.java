package dev.migrate.core.engine;

import java.time.Instant;
import java.util.List;

import dev.migrate.core.revision.Revision;

/**
 * The database's state as {@code migrate current --json} prints it and {@code GET /actuator/migrate}
 * returns it: one record, so that both have the same fields with the same names.
 *
 * @param state {@code UP_TO_DATE}, {@code PENDING}, {@code RUNNING}, {@code FAILED}, {@code AHEAD}
 * or {@code LEGACY}
 * @param current the database's version rows
 * @param heads the heads of this code's revision graph
 * @param pendingCount how many revisions are pending
 * @param pending this code's revisions that an upgrade to the target needs and the database has not
 * applied, in order, in every state
 * @param lastRun the last run of this process (the application), {@code null} before its first and
 * on the command line
 * @param target the target the state is measured against
 * @param detail a sentence explaining the state, or {@code null}
 * @param reason why the state is {@code FAILED} or {@code RUNNING} when the state alone does not say
 * ({@link Reason#key()}: {@code checksum-mismatch}, {@code recorded-failure}, {@code diverged},
 * {@code still-executing}, {@code no-revisions}), or {@code null}
 * @param unknown version rows naming revisions this code does not know (a newer version's)
 */
public record StatusView(String state, List<String> current, List<String> heads, int pendingCount,
		List<PendingRevision> pending, LastRun lastRun, String target, String detail, String reason,
		List<String> unknown) {

	public StatusView {
		current = List.copyOf(current);
		heads = List.copyOf(heads);
		pending = List.copyOf(pending);
		unknown = List.copyOf(unknown);
	}

	/** What the database says, with no run of this process to add. */
	public static StatusView of(MigrationStatus status, String target) {
		return of(status.state(), status, status.heads(), target, status.detail(), null);
	}

	/**
	 * @param state the state to report (a process that runs or failed an upgrade knows more than the tables)
	 * @param status what the database says, {@code null} when it could not be read
	 * @param heads the heads of the code's graph (known even when the database could not be read)
	 */
	public static StatusView of(State state, MigrationStatus status, List<String> heads, String target, String detail,
			LastRun lastRun) {
		List<PendingRevision> pending = (status != null) ? status.pending().stream().map(PendingRevision::of).toList()
				: List.of();
		// a failure of this process's own run says why it failed in the detail, not in a database reason
		String reason = (status != null && status.reason() != null && state == status.state()) ? status.reason().key()
				: null;
		return new StatusView(state.name(), (status != null) ? status.current() : List.of(), heads, pending.size(),
				pending, lastRun, target, detail, reason, (status != null) ? status.unknown() : List.of());
	}

	/**
	 * A revision waiting to be applied.
	 * @param revision its id
	 * @param message its message
	 * @param phase {@code expand}, {@code migrate} or {@code contract}, {@code null} when not declared
	 */
	public record PendingRevision(String revision, String message, String phase) {

		static PendingRevision of(Revision revision) {
			return new PendingRevision(revision.id(), revision.message(),
					(revision.phase() != null) ? revision.phase().key() : null);
		}

	}

	/**
	 * The last run of this process.
	 * @param startedAt when it started (ISO-8601)
	 * @param finishedAt when it ended (ISO-8601)
	 * @param applied how many revisions it applied
	 * @param outcome {@code SUCCESS} or {@code FAILED}
	 * @param error the failure's message, {@code null} after a success
	 */
	public record LastRun(String startedAt, String finishedAt, int applied, String outcome, String error) {

		public static LastRun of(Instant startedAt, Instant finishedAt, int applied, String outcome, String error) {
			return new LastRun(iso(startedAt), iso(finishedAt), applied, outcome, error);
		}

		private static String iso(Instant instant) {
			return (instant != null) ? instant.toString() : null;
		}

	}

}
