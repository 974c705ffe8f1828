package dev.migrate.core.rolling;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.core.engine.MigrationResult;
import dev.migrate.core.engine.MigrationStatus;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.engine.State;
import dev.migrate.core.engine.StatusView;
import dev.migrate.core.revision.Revision;

/**
 * One application instance in a rolling deploy: registers in the {@link InstanceRegistry} with its
 * code's heads, writes a heartbeat every {@code heartbeat} on a connection of its own, and, with
 * {@link ContractMode#AUTO}, watches on the same tick whether a held contract revision has been
 * released (every live instance's code knows it) and then upgrades, under the migration lock, so
 * that of several watching instances one applies it. Deregisters on {@link #close()}.
 */
public final class RollingDeploy implements AutoCloseable {

	/** How often an instance writes its heartbeat unless configured. */
	public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(10);

	private static final Logger logger = LoggerFactory.getLogger("dev.migrate");

	private final Migrator migrator;

	private final InstanceRegistry registry;

	private final ContractHolding holding;

	private final Duration heartbeat;

	private final String target;

	private final boolean applies;

	private final String id;

	private ScheduledExecutorService scheduler;

	private Connection connection;

	private volatile ContractDecision last;

	private volatile boolean registered;

	private final List<Consumer<ContractDecision>> listeners = new CopyOnWriteArrayList<>();

	private String lastLogged;

	private String lastFailure;

	/**
	 * @param migrator the application's migrator (its holding is replaced by this deploy's)
	 * @param id this instance's id, {@code null} for host, pid and a random suffix
	 * @param target the upgrade's target
	 * @param applies whether this instance applies released contract revisions (it upgrades its database)
	 */
	public RollingDeploy(Migrator migrator, InstanceRegistry registry, ContractMode mode, Duration heartbeat, String id,
			String target, boolean applies) {
		this.registry = Objects.requireNonNull(registry, "registry");
		this.heartbeat = Objects.requireNonNull(heartbeat, "heartbeat");
		if (heartbeat.isNegative() || heartbeat.isZero()) {
			throw new IllegalArgumentException("migrate.instances.heartbeat must be positive, not " + heartbeat);
		}
		this.holding = new ContractHolding(migrator.graph(), mode, registry::live);
		this.migrator = migrator.withHolding(this.holding);
		this.target = Objects.requireNonNull(target, "target");
		this.applies = applies && mode == ContractMode.AUTO;
		this.id = (id != null) ? id : InstanceIds.generate();
	}

	public String id() {
		return this.id;
	}

	/** The migrator whose upgrades and status hold what this deploy holds. */
	public Migrator migrator() {
		return this.migrator;
	}

	public ContractHolding holding() {
		return this.holding;
	}

	/**
	 * Registers this instance and starts its heartbeat; does nothing when already started. When the
	 * registration fails (the database is unreachable), the heartbeat keeps trying.
	 * @throws dev.migrate.core.MigrateException when this first registration failed
	 */
	public synchronized void start() {
		if (this.scheduler != null) {
			return;
		}
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "migrate-instance-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		long millis = this.heartbeat.toMillis();
		this.scheduler.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
		register();
	}

	private void register() {
		this.registry.register(this.id, this.migrator.graph().heads(), InstanceIds.host(), ProcessHandle.current().pid(),
				this.heartbeat);
		this.registered = true;
		logger.info("Registered instance {} (code heads: {}); heartbeat every {}", this.id,
				String.join(", ", this.migrator.graph().heads()), this.heartbeat);
	}

	/** An upgrade that holds what this deploy holds; logs what it held. Registers first. */
	public MigrationResult upgrade(String upgradeTarget) {
		start();
		MigrationResult result = this.migrator.upgrade(upgradeTarget);
		decide(this.migrator.current());
		return result;
	}

	/** What is held now, read from the database and the registry. */
	public ContractDecision decide(List<String> rows) {
		ContractDecision decision = this.holding.decide(rows);
		this.last = decision;
		this.listeners.forEach((listener) -> listener.accept(decision));
		String logged = decision.held() + " " + decision.waitingFor();
		synchronized (this) {
			if (!decision.held().isEmpty() && !logged.equals(this.lastLogged)) {
				if (this.holding.mode() == ContractMode.MANUAL) {
					logger.info("Holding contract revision(s) {}: migrate.contract=manual leaves them to the command line, "
							+ "command mode or the write endpoint", String.join(", ", decision.held()));
				}
				else {
					logger.info("Holding contract revision(s) {} until instance(s) {} are gone (their code does not know them)",
							String.join(", ", decision.held()), String.join(", ", decision.waitingFor()));
				}
			}
			this.lastLogged = logged;
		}
		return decision;
	}

	/**
	 * What the endpoint reports for these version rows; nothing held when the registry cannot be read
	 * (the status reports the database's own trouble).
	 */
	public StatusView.Contract contract(List<String> rows) {
		try {
			return decide(rows).view();
		}
		catch (RuntimeException ex) {
			logger.debug("Could not read the instance registry", ex);
			return StatusView.Contract.NONE;
		}
	}

	/** The decision of the last tick or upgrade, {@code null} before the first. */
	public ContractDecision last() {
		return this.last;
	}

	/** Called with every decision, e.g. by metrics. */
	public void onDecision(Consumer<ContractDecision> listener) {
		this.listeners.add(Objects.requireNonNull(listener, "listener"));
	}

	void tick() {
		try {
			beat();
			watch();
		}
		catch (RuntimeException ex) {
			logger.warn("Rolling deploy: {}", ex.getMessage(), ex);
		}
	}

	private void beat() {
		try {
			if (!this.registered) {
				register();
				return;
			}
			if (this.connection == null) {
				this.connection = this.registry.connect();
			}
			if (!this.registry.heartbeat(this.connection, this.id)) {
				logger.warn("Instance {} was no longer registered (missed heartbeats?); registering again", this.id);
				register();
			}
		}
		catch (SQLException | RuntimeException ex) {
			logger.warn("Instance {} could not write its heartbeat: {}", this.id, ex.getMessage());
			closeConnection();
		}
	}

	/** Decides what is held; applies what was held and no longer is (pending contract revisions). */
	private void watch() {
		MigrationStatus status = this.migrator.status(this.target);
		if (!status.unknown().isEmpty()) {
			return;
		}
		decide(status.current());
		if (status.state() != State.PENDING) {
			return;
		}
		// only what was held and is no longer: anything else pending is the application's own upgrade's
		// to apply (or to have failed on), never this background one's
		BitSet released = this.holding.contractClosure();
		boolean due = status.pending().stream().allMatch((revision) -> released.get(indexOf(revision)));
		if (!due || !this.applies) {
			return;
		}
		try {
			MigrationResult result = this.migrator.upgrade(this.target);
			this.lastFailure = null;
			if (!result.applied().isEmpty()) {
				logger.info("Applied contract revision(s) {}: every live instance's code knows them",
						String.join(", ", result.applied()));
			}
			decide(result.after());
		}
		catch (RuntimeException ex) {
			if (!Objects.equals(ex.getMessage(), this.lastFailure)) {
				logger.error("Applying the released contract revision(s) failed: {}", ex.getMessage(), ex);
			}
			this.lastFailure = ex.getMessage();
		}
	}

	private int indexOf(Revision revision) {
		return this.migrator.graph().indexOf(revision.id());
	}

	/** Stops the heartbeat and deregisters: no instance waits for this one any longer. */
	@Override
	public synchronized void close() {
		if (this.scheduler == null) {
			return;
		}
		this.scheduler.shutdownNow();
		try {
			this.scheduler.awaitTermination(this.heartbeat.toMillis() + 5000, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.scheduler = null;
		closeConnection();
		try {
			this.registry.deregister(this.id);
			logger.info("Deregistered instance {}", this.id);
		}
		catch (RuntimeException ex) {
			logger.warn("Instance {} could not deregister; it counts as gone after {} missed heartbeats: {}", this.id,
					Instance.MISSED_HEARTBEATS, ex.getMessage());
		}
	}

	private void closeConnection() {
		if (this.connection != null) {
			try {
				this.connection.close();
			}
			catch (SQLException ex) {
				logger.debug("Could not close the heartbeat connection", ex);
			}
			this.connection = null;
		}
	}

}
