package dev.migrate.core.engine;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.core.history.HistoryStore;

/**
 * Whether the committed state already needs nothing from an upgrade to a target, asked without
 * the lock; keeps the version rows of the last "nothing to do". What every restart pays stays
 * small, and a run waiting for the lock asks it again to stop waiting once another run's commit
 * leaves it nothing to do.
 */
final class UpToDateCheck implements BooleanSupplier {

	private static final Logger logger = LoggerFactory.getLogger(UpToDateCheck.class);

	/** No history: what the version rows are judged with while waiting. */
	private static final HistoryStore.Recorded NO_HISTORY = new HistoryStore.Recorded(Map.of(), false);

	private final Engine engine;

	private final Session session;

	private final String target;

	private final Holding holding;

	private List<String> rows;

	UpToDateCheck(Engine engine, Session session, String target, Holding holding) {
		this.engine = engine;
		this.session = session;
		this.target = target;
		this.holding = holding;
	}

	@Override
	public boolean getAsBoolean() {
		this.rows = upToDate();
		return this.rows != null;
	}

	/**
	 * The question a run waiting for the lock asks before each attempt: the version rows alone first
	 * (a row or a few), and the whole check only once they need nothing more. While another run
	 * applies, its version rows stay short of the target, and reading its growing history at every
	 * poll was most of what a waiter spent its wait on. The shortcut cannot stop a wait too early:
	 * the history only adds reasons to run (a failure that blocks, an edited file), never removes one.
	 */
	BooleanSupplier whileWaiting() {
		return () -> !stillPending() && getAsBoolean();
	}

	/** Whether the version rows alone, judged without the history, leave something to do. */
	private boolean stillPending() {
		try {
			List<String> versions = this.session.store.versions(this.session.connection);
			Session.Snapshot rowsOnly = new Session.Snapshot(true, versions, List.of(), List.of(), NO_HISTORY, null);
			MigrationStatus status = HeldRevisions.apply(this.engine.judge(rowsOnly, this.target, null).status(),
					this.holding, this.engine.graph());
			return status.state() != State.UP_TO_DATE;
		}
		catch (SQLException | RuntimeException ex) {
			// no version table yet, or the question failed: not done; the next poll asks again
			logger.debug("Could not read the version rows while waiting for the lock", ex);
			return true;
		}
	}

	/** The version rows of the last check that found nothing to do. */
	List<String> rows() {
		return this.rows;
	}

	/**
	 * The version rows when the committed state needs nothing: known rows, an empty plan, no
	 * recorded failure that blocks, unchanged checksums. {@code null} when anything is to do or in
	 * doubt; the run under the lock then decides and reports. A run in progress elsewhere cannot make
	 * a "nothing to do" wrong: it only moves the database forward. Reads the version rows first and
	 * the history (narrowly) only when they are complete.
	 */
	private List<String> upToDate() {
		try {
			if (this.engine.graph().size() == 0) {
				return null;
			}
			// one round trip when the tables are there (what every restart and every up-to-date tenant pays)
			Session.Snapshot snapshot = this.session.readManagedInOneQuery(this.engine.lockTable(),
					this.engine.graph()::contains);
			if (snapshot == null) {
				if (!this.session.store.versionTableExists(this.session.connection)) {
					return null;
				}
				snapshot = this.session.readManagedForStatus(this.engine.lockTable(), this.engine.graph()::contains);
			}
			StatusReader.Verdict verdict = this.engine.judge(snapshot, this.target, null);
			MigrationStatus status = HeldRevisions.apply(verdict.status(), this.holding, this.engine.graph());
			return (verdict.refusal() == null && status.state() == State.UP_TO_DATE) ? snapshot.rows() : null;
		}
		catch (SQLException | RuntimeException ex) {
			logger.debug("Could not tell without the lock whether the database is up to date", ex);
			return null;
		}
	}

}
