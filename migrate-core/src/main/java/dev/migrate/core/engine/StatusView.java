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
 * @param contract the contract revisions a rolling deploy holds back, and the instances they wait for
 */
public record StatusView(String state, List<String> current, List<String> heads, int pendingCount,
		List<PendingRevision> pending, LastRun lastRun, String target, String detail, String reason,
		List<String> unknown, Contract contract) {

	public StatusView {
		current = List.copyOf(current);
		heads = List.copyOf(heads);
		pending = List.copyOf(pending);
		unknown = List.copyOf(unknown);
		contract = (contract != null) ? contract : Contract.NONE;
	}

	/**
	 * This view with what a rolling deploy holds: held revisions leave {@code pending} and
	 * {@code pendingCount}, and a state that was {@code PENDING} for them alone is {@code UP_TO_DATE}.
	 */
	public StatusView withContract(Contract held) {
		List<PendingRevision> left = this.pending.stream().filter((p) -> !held.held().contains(p.revision())).toList();
		String newState = (this.state.equals(State.PENDING.name()) && left.isEmpty()) ? State.UP_TO_DATE.name()
				: this.state;
		return new StatusView(newState, this.current, this.heads, left.size(), left, this.lastRun, this.target,
				this.detail, this.reason, this.unknown, held);
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
				pending, lastRun, target, detail, reason, (status != null) ? status.unknown() : List.of(), Contract.NONE);
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

	/**
	 * What a rolling deploy holds back ({@code migrate.contract}).
	 * @param held contract revisions that a live instance's code lacks, and what descends from them
	 * @param waitingFor the ids of the live instances whose code lacks a held revision
	 * @param instances the live instances, from the instance table
	 */
	public record Contract(List<String> held, List<String> waitingFor, List<LiveInstance> instances) {

		/** Nothing held, no instance known. */
		public static final Contract NONE = new Contract(List.of(), List.of(), List.of());

		public Contract {
			held = List.copyOf(held);
			waitingFor = List.copyOf(waitingFor);
			instances = List.copyOf(instances);
		}

	}

	/**
	 * A live application instance.
	 * @param id its id
	 * @param heads the heads of its code
	 * @param host where it runs
	 * @param pid its process id
	 * @param startedAt when it registered (ISO-8601, the database's clock)
	 * @param lastHeartbeat its last heartbeat (ISO-8601, the database's clock)
	 */
	public record LiveInstance(String id, List<String> heads, String host, long pid, String startedAt,
			String lastHeartbeat) {

		public LiveInstance {
			heads = List.copyOf(heads);
		}

	}

}
