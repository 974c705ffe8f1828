package dev.migrate.core.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.history.HistoryRow;
import dev.migrate.core.history.Outcome;
import dev.migrate.core.lock.LockListener;
import dev.migrate.core.plan.Operation;
import dev.migrate.core.plan.Planner;

/**
 * Runs upgrade, downgrade, stamp and resolve against a database, one run at a time per
 * database, namespace and schema. Every command that writes holds the lock from before it reads
 * the version table until it is done ({@link LockedCommand}); what each command decides under it
 * is its own class ({@link Upgrade}, {@link Downgrade}, {@link Stamp}, {@link Resolution}).
 */
public final class Migrator {

	private static final Logger logger = LoggerFactory.getLogger(Migrator.class);

	private final Engine engine;

	private final Holding holding;

	public Migrator(DataSource dataSource, RevisionGraph graph, MigrateSettings settings, Clock clock,
			MigrateListener listener, LockListener lockListener, PlanCheck planCheck) {
		this(dataSource, graph, settings, clock, listener, lockListener, planCheck, false);
	}

	private Migrator(DataSource dataSource, RevisionGraph graph, MigrateSettings settings, Clock clock,
			MigrateListener listener, LockListener lockListener, PlanCheck planCheck, boolean tenant) {
		this.engine = new Engine(Objects.requireNonNull(dataSource, "dataSource"), Objects.requireNonNull(graph, "graph"),
				new Planner(graph), Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(clock, "clock"),
				(listener != null) ? listener : new MigrateListener() {
				}, (lockListener != null) ? lockListener : new LockListener() {
				}, (planCheck != null) ? planCheck : PlanCheck.NONE, tenant);
		this.holding = Holding.NONE;
	}

	private Migrator(Engine engine, Holding holding) {
		this.engine = engine;
		this.holding = Objects.requireNonNull(holding, "holding");
	}

	/**
	 * This migrator, with upgrades that leave {@code holding}'s revisions for later and a status
	 * that neither counts them as pending nor is {@link State#PENDING} for them alone.
	 */
	public Migrator withHolding(Holding holding) {
		return new Migrator(this.engine, holding);
	}

	/** What this migrator's upgrades leave for later. */
	public Holding holding() {
		return this.holding;
	}

	/**
	 * A migrator for one schema of a fleet ({@code settings} name the tenant's schema): its revisions
	 * run with the connection switched to that schema (the search path; on MariaDB the database), and
	 * its session lock is taken on the command's own connection, so a fleet needs one connection per
	 * tenant at a time. The switch happens only when something runs: an up-to-date tenant costs its
	 * check alone.
	 */
	public static Migrator forTenant(DataSource dataSource, RevisionGraph graph, MigrateSettings settings, Clock clock,
			MigrateListener listener, LockListener lockListener, PlanCheck planCheck) {
		Objects.requireNonNull(settings.tables().schema(), "a tenant's settings name its schema");
		return new Migrator(dataSource, graph, settings, clock, listener, lockListener, planCheck, true);
	}

	public Migrator(DataSource dataSource, RevisionGraph graph, MigrateSettings settings) {
		this(dataSource, graph, settings, Clock.systemUTC(), null, null, null);
	}

	public RevisionGraph graph() {
		return this.engine.graph();
	}

	/** Where the database is: the instance registry of a rolling deploy lives beside migrate's tables. */
	public DataSource dataSource() {
		return this.engine.dataSource();
	}

	public MigrateSettings settings() {
		return this.engine.settings();
	}

	/** The database's state, read without the lock: what the endpoint and health report. */
	public MigrationStatus status(String target) {
		try (Connection connection = this.engine.dataSource().getConnection()) {
			Session session = this.engine.open(connection);
			Session.Snapshot snapshot = session.readForStatus(this.engine.lockTable(), this.engine.graph()::contains);
			HistoryRow failure = snapshot.blockingFailure();
			// A revision recorded as started may be running right now in another instance: ask the lock.
			String runner = (failure != null && failure.entry().outcome() == Outcome.STARTED)
					? this.engine.lock(session).currentHolder().orElse(null) : null;
			return HeldRevisions.apply(this.engine.judge(snapshot, target, runner).status(), this.holding,
					this.engine.graph());
		}
		catch (SQLException ex) {
			throw Engine.database("read the migration state", ex);
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
		try (Connection connection = this.engine.dataSource().getConnection()) {
			return this.engine.open(connection).read(this.engine.lockTable());
		}
		catch (SQLException ex) {
			throw Engine.database("read the version table", ex);
		}
	}

	/**
	 * Applies what {@code target} needs. What every restart pays is kept small: when the committed
	 * state already needs nothing, it returns without taking the lock, and a run that waits for the
	 * lock stops waiting as soon as another run's commit leaves it nothing to do.
	 */
	public MigrationResult upgrade(String target) {
		return upgrade(target, null);
	}

	/**
	 * An upgrade that takes {@code known}, this migrator's {@link #checkUpToDate} answer for the same
	 * target, instead of asking again: it then returns {@link State#UP_TO_DATE} with the rows of that
	 * answer, without a connection. With {@code null}, or an answer for another target, it is
	 * {@link #upgrade(String)}.
	 */
	public MigrationResult upgrade(String target, UpToDate known) {
		return new LockedCommand(this.engine, Operation.UPGRADE, "upgrade", target).holding(this.holding)
			.knownUpToDate(known)
			.run(new Upgrade(this.engine, target, this.holding));
	}

	/**
	 * Whether an upgrade to {@code target} would find nothing to do, asked now, without the lock, and
	 * only reading, as every upgrade first asks: for an application that checks while it starts and
	 * upgrades once it has started ({@link #upgrade(String, UpToDate)}). Empty when there is anything
	 * to do, or in doubt, or the database cannot be read: the upgrade then decides and reports.
	 */
	public Optional<UpToDate> checkUpToDate(String target) {
		Instant startedAt = this.engine.clock().instant();
		if (this.engine.graph().size() == 0) {
			return Optional.empty();
		}
		try (Connection connection = this.engine.dataSource().getConnection()) {
			UpToDateCheck check = new UpToDateCheck(this.engine, this.engine.open(connection), target, this.holding);
			return check.getAsBoolean()
					? Optional.of(new UpToDate(target, check.rows(), startedAt, this.engine.clock().instant()))
					: Optional.empty();
		}
		catch (SQLException | RuntimeException ex) {
			logger.debug("Could not check whether the database is up to date; the upgrade will tell", ex);
			return Optional.empty();
		}
	}

	public MigrationResult downgrade(String target) {
		return new LockedCommand(this.engine, Operation.DOWNGRADE, "downgrade", target)
			.run(new Downgrade(this.engine, target));
	}

	/** Moves the version rows to {@code target} without running revisions. Adopts legacy databases too. */
	public MigrationResult stamp(String target, boolean purge) {
		return new LockedCommand(this.engine, Operation.STAMP, "stamp", target)
			.run(new Stamp(this.engine, target, purge));
	}

	/**
	 * Clears the recorded failure of a revision once an operator has brought the schema to a known
	 * state: {@code applied} when the revision's operation is now complete, otherwise rolled back.
	 * @param revision an id or anything else that names one revision (a unique prefix, a label)
	 */
	public MigrationResult resolve(String revision, boolean applied) {
		String[] resolved = new String[1];
		return new LockedCommand(this.engine, Operation.STAMP, "resolve", revision, () -> resolved[0])
			.run((session, snapshot) -> {
				resolved[0] = resolution().resolve(session, snapshot, revision, applied);
				return null;
			});
	}

	/**
	 * Accepts the file of an applied revision as it is now: records its current checksum, so that the
	 * edit (e.g. a comment) no longer stops upgrades. Nothing runs.
	 */
	public MigrationResult acceptChecksum(String revision) {
		String[] resolved = new String[1];
		return new LockedCommand(this.engine, Operation.STAMP, "resolve", revision, () -> resolved[0])
			.run((session, snapshot) -> {
				resolved[0] = resolution().acceptChecksum(session, snapshot, revision);
				return null;
			});
	}

	private Resolution resolution() {
		return new Resolution(this.engine.graph(), this.engine.planner(), this.engine.clock());
	}

}
