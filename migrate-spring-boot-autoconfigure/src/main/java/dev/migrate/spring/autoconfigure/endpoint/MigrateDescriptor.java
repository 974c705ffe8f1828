package dev.migrate.spring.autoconfigure.endpoint;

import java.time.Instant;
import java.util.List;

import dev.migrate.core.revision.Revision;
import dev.migrate.spring.autoconfigure.MigrationTracker;

/**
 * What {@code GET /actuator/migrate} returns.
 *
 * @param state {@code UP_TO_DATE}, {@code PENDING}, {@code RUNNING}, {@code FAILED}, {@code AHEAD}
 * or {@code LEGACY}
 * @param current the database's version rows
 * @param heads the heads of this code's revision graph
 * @param pendingCount how many revisions an upgrade to the target would run
 * @param pending those revisions, in order
 * @param lastRun the last run of this process, or {@code null} before its first
 * @param target the target the state is measured against ({@code migrate.target})
 * @param detail a sentence explaining the state (the error after a failed run), or {@code null}
 */
public record MigrateDescriptor(String state, List<String> current, List<String> heads, int pendingCount,
		List<PendingRevision> pending, LastRun lastRun, String target, String detail) {

	static MigrateDescriptor of(MigrationTracker.Report report, List<String> heads, String target) {
		List<PendingRevision> pending = (report.status() != null)
				? report.status().pending().stream().map(PendingRevision::of).toList() : List.of();
		return new MigrateDescriptor(report.state().name(), report.current(), heads, pending.size(), pending,
				LastRun.of(report.lastRun()), target, report.detail());
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

		static LastRun of(MigrationTracker.Run run) {
			if (run == null) {
				return null;
			}
			return new LastRun(iso(run.startedAt()), iso(run.finishedAt()), run.applied(), run.outcome().name(),
					run.error());
		}

		private static String iso(Instant instant) {
			return (instant != null) ? instant.toString() : null;
		}

	}

}
