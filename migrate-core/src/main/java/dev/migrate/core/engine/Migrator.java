package dev.migrate.core.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.history.HistoryEntry;
import dev.migrate.core.history.HistoryRow;
import dev.migrate.core.history.HistoryStore;
import dev.migrate.core.history.Outcome;
import dev.migrate.core.lock.DatabaseLock;
import dev.migrate.core.lock.DatabaseLocks;
import dev.migrate.core.lock.HeldLock;
import dev.migrate.core.lock.LockListener;
import dev.migrate.core.lock.LockSettings;
import dev.migrate.core.plan.MigrationPlan;
import dev.migrate.core.plan.Operation;
import dev.migrate.core.plan.PlanStep;
import dev.migrate.core.plan.Planner;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.target.Target;

/**
 * Runs upgrade, downgrade, stamp and resolve against a database, one run at a time per
 * database, namespace and schema. Every command that writes holds the lock from before it reads
 * the version table until it is done.
 */
public final class Migrator {

	private static final Logger logger = LoggerFactory.getLogger(Migrator.class);

	private final DataSource dataSource;

	private final RevisionGraph graph;

	private final Planner planner;

	private final MigrateSettings settings;

	private final Clock clock;

	private final MigrateListener listener;

	private final LockListener lockListener;

	private final PlanCheck planCheck;

	public Migrator(DataSource dataSource, RevisionGraph graph, MigrateSettings settings, Clock clock,
			MigrateListener listener, LockListener lockListener, PlanCheck planCheck) {
		this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
		this.graph = Objects.requireNonNull(graph, "graph");
		this.planner = new Planner(graph);
		this.settings = Objects.requireNonNull(settings, "settings");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.listener = (listener != null) ? listener : new MigrateListener() {
		};
		this.lockListener = (lockListener != null) ? lockListener : new LockListener() {
		};
		this.planCheck = (planCheck != null) ? planCheck : PlanCheck.NONE;
	}

	public Migrator(DataSource dataSource, RevisionGraph graph, MigrateSettings settings) {
		this(dataSource, graph, settings, Clock.systemUTC(), null, null, null);
	}

	public RevisionGraph graph() {
		return this.graph;
	}

	/** The database's state, read without the lock: what the endpoint and health report. */
	public MigrationStatus status(String target) {
		try (Connection connection = this.dataSource.getConnection()) {
			Session session = open(connection);
			Session.Snapshot snapshot = session.readForStatus(this.settings.lock().lockTable(), this.graph::contains);
			HistoryRow failure = snapshot.blockingFailure();
			// A revision recorded as started may be running right now in another instance: ask the lock.
			String runner = (failure != null && failure.entry().outcome() == Outcome.STARTED)
					? lock(session).currentHolder().orElse(null) : null;
			return new StatusReader(this.graph, this.planner, this.settings).status(snapshot, target, runner);
		}
		catch (SQLException ex) {
			throw database("read the migration state", ex);
		}
	}

	/** The version rows; empty when migrate has not been here. */
	public List<String> current() {
		return read().rows();
	}

	/** The history table, oldest first. */
	public List<HistoryRow> history() {
		return read().history();
	}

	private Session.Snapshot read() {
		try (Connection connection = this.dataSource.getConnection()) {
			return open(connection).read(this.settings.lock().lockTable());
		}
		catch (SQLException ex) {
			throw database("read the version table", ex);
		}
	}

	/**
	 * Applies what {@code target} needs. What every restart pays is kept small: when the committed
	 * state already needs nothing, it returns without taking the lock, and a run that waits for the
	 * lock stops waiting as soon as another run's commit leaves it nothing to do.
	 */
	public MigrationResult upgrade(String target) {
		return run(Operation.UPGRADE, "upgrade", target, (session, snapshot) -> {
			// the same judgement that status() reports: what upgrade refuses, current and health show
			StatusReader.Verdict verdict = judge(snapshot, target, null);
			if (verdict.refusal() != null) {
				throw verdict.refusal();
			}
			if (verdict.status().state() == State.AHEAD) {
				return null;
			}
			return this.planner.upgrade(snapshot.rows(), target);
		});
	}

	private StatusReader.Verdict judge(Session.Snapshot snapshot, String target, String runner) {
		return new StatusReader(this.graph, this.planner, this.settings).judge(snapshot, target, runner);
	}

	/**
	 * The version rows when the committed state needs nothing from an upgrade to {@code target}:
	 * known rows, an empty plan, no recorded failure that blocks, unchanged checksums. {@code null}
	 * when anything is to do or in doubt; the run under the lock then decides and reports. A run in
	 * progress elsewhere cannot make a "nothing to do" wrong: it only moves the database forward.
	 * Reads the version rows first and the history (narrowly) only when they are complete.
	 */
	private List<String> upToDate(Session session, String target) {
		try {
			if (this.graph.size() == 0 || !session.store.versionTableExists(session.connection)) {
				return null;
			}
			Session.Snapshot snapshot = session.readManagedForStatus(this.settings.lock().lockTable(), this.graph::contains);
			StatusReader.Verdict verdict = judge(snapshot, target, null);
			return (verdict.refusal() == null && verdict.status().state() == State.UP_TO_DATE) ? snapshot.rows() : null;
		}
		catch (SQLException | RuntimeException ex) {
			logger.debug("Could not tell without the lock whether the database is up to date", ex);
			return null;
		}
	}

	public MigrationResult downgrade(String target) {
		return run(Operation.DOWNGRADE, "downgrade", target, (session, snapshot) -> {
			if (snapshot.blockingFailure() != null) {
				throw StatusReader.failureRefusal(snapshot);
			}
			return this.planner.downgrade(snapshot.rows(), target);
		});
	}

	/** Moves the version rows to {@code target} without running revisions. Adopts legacy databases too. */
	public MigrationResult stamp(String target, boolean purge) {
		return run(Operation.STAMP, "stamp", target, (session, snapshot) -> {
			MigrationPlan plan = this.planner.stamp(snapshot.rows(), target, purge);
			writeStamp(session, plan);
			return plan;
		});
	}

	/**
	 * Clears the recorded failure of a revision once an operator has brought the schema to a known
	 * state: {@code applied} when the revision's operation is now complete, otherwise rolled back.
	 * @param revision an id or anything else that names one revision (a unique prefix, a label)
	 */
	public MigrationResult resolve(String revision, boolean applied) {
		String[] resolved = new String[1];
		return run(Operation.STAMP, "resolve", revision, (session, snapshot) -> {
			resolved[0] = new Resolution(this.graph, this.planner, this.clock).resolve(session, snapshot, revision, applied);
			return null;
		}, () -> resolved[0]);
	}

	/**
	 * Accepts the file of an applied revision as it is now: records its current checksum, so that the
	 * edit (e.g. a comment) no longer stops upgrades. Nothing runs.
	 */
	public MigrationResult acceptChecksum(String revision) {
		String[] resolved = new String[1];
		return run(Operation.STAMP, "resolve", revision, (session, snapshot) -> {
			resolved[0] = new Resolution(this.graph, this.planner, this.clock).acceptChecksum(session, snapshot, revision);
			return null;
		}, () -> resolved[0]);
	}

	/**
	 * Decides what a command does once the lock is held and the tables are read; a stamp or resolve
	 * also writes it. {@code null}: nothing to do because the database is ahead.
	 */
	@FunctionalInterface
	private interface Planning {

		MigrationPlan plan(Session session, Session.Snapshot snapshot) throws SQLException;

	}

	private MigrationResult run(Operation operation, String command, String target, Planning planning) {
		return run(operation, command, target, planning, () -> target);
	}

	/**
	 * @param reported the target as the result reports it, known once planned (resolve: the revision
	 * a prefix named)
	 */
	private MigrationResult run(Operation operation, String command, String target, Planning planning,
			java.util.function.Supplier<String> reported) {
		Instant startedAt = this.clock.instant();
		long waited = 0;
		List<String> before = List.of();
		List<String> applied = new ArrayList<>();
		MigrationResult result = null;
		try (Connection connection = this.dataSource.getConnection()) {
			if (this.graph.size() == 0) {
				throw new NoRevisionsException(this.settings.locations());
			}
			Session session = open(connection);
			UpToDateCheck upToDate = new UpToDateCheck(session, target);
			if (operation == Operation.UPGRADE && upToDate.getAsBoolean()) {
				result = new MigrationResult(operation, command, target, State.UP_TO_DATE, upToDate.rows, upToDate.rows,
						applied, startedAt, this.clock.instant(), 0, null);
				return result;
			}
			long waitStart = System.nanoTime();
			BooleanSupplier done = (operation == Operation.UPGRADE) ? upToDate : () -> false;
			Optional<HeldLock> held = lock(session).acquireUnless(done);
			if (held.isEmpty()) {
				Duration waitedFor = Duration.ofNanos(System.nanoTime() - waitStart);
				waited = waitedFor.toMillis();
				this.listener.lockNoLongerNeeded(waitedFor);
				result = new MigrationResult(operation, command, target, State.UP_TO_DATE, upToDate.rows, upToDate.rows,
						applied, startedAt, this.clock.instant(), waited, null);
				return result;
			}
			try (HeldLock lock = held.get()) {
				waited = lock.waited().toMillis();
				this.listener.lockAcquired(lock.waited());
				Session.Snapshot snapshot = prepareTables(session, operation);
				before = snapshot.rows();
				MigrationPlan plan = planning.plan(session, snapshot);
				if (plan == null && operation == Operation.UPGRADE) {
					result = new MigrationResult(operation, command, target, State.AHEAD, before, before, applied,
							startedAt, this.clock.instant(), waited, null);
					return result;
				}
				if (plan != null && operation != Operation.STAMP) {
					execute(session, plan, applied);
				}
				if (operation == Operation.UPGRADE) {
					result = new MigrationResult(operation, command, target, State.UP_TO_DATE, before, plan.currentAfter(),
							applied, startedAt, this.clock.instant(), waited, null);
					return result;
				}
				// after a downgrade, stamp or resolve, revisions may be pending: say what the status says
				Session.Snapshot after = session.read(this.settings.lock().lockTable());
				result = new MigrationResult(operation, command, reported.get(), judge(after, "heads", null).status().state(),
						before, after.rows(), applied, startedAt, this.clock.instant(), waited, null);
				return result;
			}
		}
		catch (SQLException ex) {
			MigrateException failure = database(operation.key(), ex);
			result = failed(operation, command, target, before, applied, startedAt, waited, failure);
			throw failure;
		}
		catch (RuntimeException ex) {
			result = failed(operation, command, target, before, applied, startedAt, waited, ex);
			throw ex;
		}
		finally {
			this.listener.finished(result);
		}
	}

	private MigrationResult failed(Operation operation, String command, String target, List<String> before,
			List<String> applied, Instant startedAt, long waited, RuntimeException ex) {
		State state = (ex instanceof StateException stateException) ? stateException.state() : State.FAILED;
		return new MigrationResult(operation, command, target, state, before, before, applied, startedAt, this.clock.instant(),
				waited, ex.getMessage());
	}

	private Session.Snapshot prepareTables(Session session, Operation operation) throws SQLException {
		Session.Snapshot snapshot = session.read(this.settings.lock().lockTable());
		if (snapshot.versionTableExists()) {
			if (session.store.historyTableExists(session.connection)) {
				session.store.upgradeHistoryTable(session.connection);
			}
			return snapshot;
		}
		if (snapshot.isLegacy() && operation != Operation.STAMP) {
			String baseline = this.settings.baselineRevision();
			if (baseline == null || operation != Operation.UPGRADE) {
				throw new LegacySchemaException(session.tables.schema(), session.tables.versionTable(),
						snapshot.otherTables());
			}
			if (!this.graph.contains(baseline)) {
				throw new MigrateException(ErrorCode.USAGE, "migrate.baseline.revision is '" + baseline
						+ "', but no revision has that id; set it to the full id of a revision in the configured locations.");
			}
			session.store.createTables(session.connection);
			MigrationPlan stamp = this.planner.stamp(List.of(), baseline, false);
			writeStamp(session, stamp);
			this.listener.baselineStamped(baseline, session.tables.schema(), session.tables.versionTable(),
					snapshot.otherTables().size());
			return snapshot.withRows(stamp.currentAfter());
		}
		session.store.createTables(session.connection);
		return snapshot.withRows(List.of());
	}

	private void execute(Session session, MigrationPlan plan, List<String> applied) throws SQLException {
		List<PreparedStep> steps = new StepPreparer(session.dialect).prepare(plan);
		this.planCheck.check(plan, session.dialect);
		this.listener.planned(plan);
		if (!steps.isEmpty()) {
			session.dialect.prepareSession(session.connection);
		}
		StepRunner runner = new StepRunner(session.dialect, session.sql(), this.clock, session.appliedBy(),
				session::connectionId);
		int total = steps.size();
		for (int i = 0; i < total; i++) {
			PlanStep step = steps.get(i).step();
			this.listener.stepStarting(step, i + 1, total);
			Duration duration = runner.run(session.connection, steps.get(i));
			applied.add(step.revision().id());
			this.listener.stepFinished(step, i + 1, total, duration);
		}
	}

	private void writeStamp(Session session, MigrationPlan plan) throws SQLException {
		Instant now = this.clock.instant();
		String appliedBy = session.appliedBy();
		List<String> batch = new ArrayList<>(session.sql().moveVersions(plan.stampDeletes(), plan.stampInserts()));
		for (String id : plan.stampInserts()) {
			Revision revision = this.graph.find(id).orElseThrow();
			batch.add(session.sql().insertHistory(new HistoryEntry(id, Operation.STAMP, revision.downRevisions(), null,
					revision.message(), now, now, 0L, appliedBy, Outcome.SUCCESS, 0, null, null)));
		}
		session.writeBatch(batch, "record the stamp at " + String.join(", ", plan.currentAfter()));
	}

	/** Asks {@link #upToDate} and keeps the version rows of the last "nothing to do". */
	private final class UpToDateCheck implements BooleanSupplier {

		private final Session session;

		private final String target;

		private List<String> rows;

		UpToDateCheck(Session session, String target) {
			this.session = session;
			this.target = target;
		}

		@Override
		public boolean getAsBoolean() {
			this.rows = upToDate(this.session, this.target);
			return this.rows != null;
		}

	}

	private DatabaseLock lock(Session session) {
		return DatabaseLocks.forDialect(session.dialect, this.dataSource, lockSettings(session), this.clock,
				this.lockListener);
	}

	/** The lock is per schema: two schemas on one server migrate independently. */
	private LockSettings lockSettings(Session session) {
		LockSettings lock = this.settings.lock();
		return new LockSettings(lock.namespace(), session.tables.schema(), lock.lockTable(), lock.timeout(), lock.lease(),
				lock.logInterval());
	}

	private Session open(Connection connection) throws SQLException {
		return new Session(connection, Dialects.builtIn().forConnection(connection), this.settings.tables());
	}

	static MigrateException database(String what, SQLException ex) {
		return new MigrateException(ErrorCode.DATABASE, "Could not " + what + ": " + Excerpts.message(ex), ex);
	}

}
