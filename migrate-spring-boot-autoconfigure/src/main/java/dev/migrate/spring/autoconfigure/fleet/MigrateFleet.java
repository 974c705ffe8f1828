package dev.migrate.spring.autoconfigure.fleet;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.Secrets;
import dev.migrate.core.dialect.Identifiers;
import dev.migrate.core.engine.MigrateListener;
import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.engine.MigrationStatus;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.engine.PlanCheck;
import dev.migrate.core.fleet.Fleet;
import dev.migrate.core.fleet.TenantOutcome;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.spring.autoconfigure.MigrateAfterUpgrade;

/**
 * The application's tenant schemas, each migrated with the application's revisions into its own
 * version and history tables under its own lock. The runner migrates every tenant at
 * {@code migrate.run-at}, after the main schema; a tenant created while the application runs is
 * migrated by {@link #migrate(String)} before it is used. A tenant that fails never stops the others.
 */
public final class MigrateFleet implements MigrateAfterUpgrade, org.springframework.core.Ordered, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger("dev.migrate");

	private final MigrateTenants tenants;

	private final String query;

	private final Fleet fleet;

	private final FleetPool pool;

	private final RevisionGraph graph;

	private final MigrateSettings settings;

	private final PlanCheck planCheck;

	private final MigrateListener listener;

	private final String target;

	private final Clock clock;

	private final Secrets secrets;

	/** Tenants migrated by {@link #migrate(String)} that the configured source may not name (yet). */
	private final Set<String> added = ConcurrentHashMap.newKeySet();

	private final Map<String, TenantOutcome> outcomes = new ConcurrentHashMap<>();

	/** Told of each tenant's run and how long it took (metrics). */
	private final List<java.util.function.BiConsumer<TenantOutcome, java.time.Duration>> observers = new java.util.concurrent.CopyOnWriteArrayList<>();

	/** How many tenants the last full run had, plus those added since: cheap, for metrics. */
	private volatile int size;

	MigrateFleet(MigrateTenants tenants, String query, int parallelism, FleetPool pool, RevisionGraph graph,
			MigrateSettings settings, PlanCheck planCheck, MigrateListener listener, String target, Clock clock,
			Secrets secrets) {
		this.tenants = tenants;
		this.query = query;
		this.fleet = new Fleet(parallelism, null, secrets);
		this.pool = Objects.requireNonNull(pool, "pool");
		this.graph = Objects.requireNonNull(graph, "graph");
		this.settings = Objects.requireNonNull(settings, "settings");
		this.planCheck = planCheck;
		this.listener = listener;
		this.target = Objects.requireNonNull(target, "target");
		this.clock = (clock != null) ? clock : Clock.systemUTC();
		this.secrets = (secrets != null) ? secrets : Secrets.none();
	}

	/**
	 * Upgrades one tenant to the target now, on the calling thread, e.g. right after creating its
	 * schema; from then on the endpoint and health report it.
	 * @return what it came to
	 * @throws MigrateException when the tenant could not be brought to the target: do not use it yet
	 */
	public TenantOutcome migrate(String schema) {
		Identifiers.requireValid("tenant schema", schema);
		this.added.add(schema);
		TenantOutcome outcome = upgrade(schema);
		if (outcome.failed()) {
			throw new MigrateException(ErrorCode.DATABASE,
					"Tenant schema '" + schema + "' could not be migrated: " + outcome.error());
		}
		return outcome;
	}

	/** At {@code migrate.run-at}, after the main schema: {@link #migrateAll()}. */
	@Override
	public void afterUpgrade() {
		migrateAll();
	}

	/** Before the further databases. */
	@Override
	public int getOrder() {
		return 0;
	}

	/** Upgrades every tenant, at most the parallelism at a time; a failed one is logged, the others go on. */
	public List<TenantOutcome> migrateAll() {
		List<String> schemas = schemas();
		this.size = schemas.size();
		long started = System.nanoTime();
		List<TenantOutcome> results = this.fleet.run(schemas, this::upgrade);
		List<String> failed = results.stream().filter(TenantOutcome::failed).map(TenantOutcome::schema).toList();
		long changed = results.stream().filter(outcome -> !outcome.failed() && !outcome.applied().isEmpty()).count();
		logger.info("Migrated {} tenant schema(s) in {} ms: {} changed, {} unchanged, {} failed{}", results.size(),
				(System.nanoTime() - started) / 1_000_000, changed, results.size() - changed - failed.size(),
				failed.size(), failed.isEmpty() ? "" : " " + failed);
		return results;
	}

	private TenantOutcome upgrade(String schema) {
		long started = System.nanoTime();
		TenantOutcome outcome;
		try {
			outcome = TenantOutcome.of(schema, migrator(schema).upgrade(this.target));
		}
		catch (RuntimeException ex) {
			String message = this.secrets.scrub(String.valueOf(ex.getMessage()));
			logger.error("Tenant schema '{}' could not be migrated: {}", schema, message);
			outcome = TenantOutcome.failed(schema, message);
		}
		if (this.outcomes.put(schema, outcome) == null && this.added.contains(schema)) {
			this.size++;
		}
		java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - started);
		for (java.util.function.BiConsumer<TenantOutcome, java.time.Duration> observer : this.observers) {
			observer.accept(outcome, took);
		}
		return outcome;
	}

	/** Tells {@code observer} of every tenant's run from now on, with how long it took. */
	public void observe(java.util.function.BiConsumer<TenantOutcome, java.time.Duration> observer) {
		this.observers.add(observer);
	}

	/** How many tenants the fleet had at its last full run, plus those migrated since by {@link #migrate}. */
	public int size() {
		return this.size;
	}

	/** The migrator of one tenant, on the fleet's pool. */
	public Migrator migrator(String schema) {
		MigrateSettings tenant = this.settings.withTables(this.settings.tables().withSchema(schema))
			.withLock(this.settings.lock().withSchema(schema));
		return Migrator.forTenant(this.secrets.guard(this.pool.dataSource()), this.graph, tenant, this.clock,
				this.listener, null, this.planCheck);
	}

	/** The tenants: the configured ones (bean, list or query, asked now) and those migrated by {@link #migrate}. */
	public List<String> schemas() {
		Set<String> names = new LinkedHashSet<>(configured());
		names.addAll(this.added);
		return List.copyOf(names);
	}

	private List<String> configured() {
		if (this.tenants != null) {
			return this.tenants.schemas();
		}
		if (this.query == null || this.query.isBlank()) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		try (Connection connection = this.pool.dataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(this.query)) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		catch (SQLException ex) {
			throw new MigrateException(ErrorCode.USAGE, "Could not run migrate.tenants.query \"" + this.query + "\": "
					+ this.secrets.scrub(ex.getMessage()) + ". It must be a query whose first column names the schemas.",
					ex);
		}
		return names;
	}

	/** The last outcome of each tenant this process migrated. */
	public Map<String, TenantOutcome> outcomes() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(this.outcomes));
	}

	/** The tenants whose last run in this process failed. */
	public List<String> failed() {
		return this.outcomes.values().stream().filter(TenantOutcome::failed).map(TenantOutcome::schema).sorted().toList();
	}

	/** The database's status of one tenant, read without its lock. */
	public MigrationStatus status(String schema) {
		return migrator(schema).status(this.target);
	}

	public int parallelism() {
		return this.fleet.parallelism();
	}

	public String target() {
		return this.target;
	}

	public RevisionGraph graph() {
		return this.graph;
	}

	/** How many connections the fleet's pool opens at most. */
	public int maximumConnections() {
		return this.pool.maximumSize();
	}

	@Override
	public void close() {
		this.pool.close();
	}

}
