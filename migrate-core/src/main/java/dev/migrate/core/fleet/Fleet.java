package dev.migrate.core.fleet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.Secrets;
import dev.migrate.core.dialect.Identifiers;

/**
 * Runs one task per schema, at most {@code parallelism} at a time. A schema that fails is
 * recorded and the others go on: nothing one tenant does stops or rolls back another. Every
 * schema has its own version and history tables and its own lock (the lock key names the
 * schema), so two processes on different tenants never wait for each other.
 */
public final class Fleet {

	public static final int DEFAULT_PARALLELISM = 4;

	private final int parallelism;

	private final FleetListener listener;

	private final Secrets secrets;

	public Fleet(int parallelism, FleetListener listener, Secrets secrets) {
		if (parallelism < 1) {
			throw new MigrateException(ErrorCode.USAGE,
					"Invalid parallelism " + parallelism + ": migrate at least one schema at a time (1 or more)");
		}
		this.parallelism = parallelism;
		this.listener = (listener != null) ? listener : FleetListener.NONE;
		this.secrets = (secrets != null) ? secrets : Secrets.none();
	}

	/**
	 * The parallelism that helps on a database: H2 takes a database-wide lock for every DDL
	 * statement, so tenants of one H2 database run one at a time (in parallel they only time out on
	 * that lock); elsewhere {@code requested}.
	 * @param vendor {@code postgresql}, {@code mariadb}, {@code mysql} or {@code h2}
	 */
	public static int parallelismOn(String vendor, int requested) {
		return "h2".equals(vendor) ? Math.min(1, requested) : requested;
	}

	public int parallelism() {
		return this.parallelism;
	}

	/**
	 * Runs {@code task} for every schema and returns the outcomes in the order the schemas were
	 * given, once every schema is done. A task that throws counts as that schema's failure.
	 */
	public List<TenantOutcome> run(List<String> schemas, Function<String, TenantOutcome> task) {
		List<String> names = validated(schemas);
		if (names.isEmpty()) {
			return List.of();
		}
		int threads = Math.min(this.parallelism, names.size());
		AtomicInteger done = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		AtomicInteger threadNumber = new AtomicInteger();
		ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "migrate-fleet-" + threadNumber.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<TenantOutcome>> futures = new ArrayList<>(names.size());
			for (String schema : names) {
				futures.add(executor.submit(() -> {
					TenantOutcome outcome = runOne(schema, task);
					int failed = outcome.failed() ? failures.incrementAndGet() : failures.get();
					synchronized (this.listener) {
						this.listener.finished(outcome, done.incrementAndGet(), names.size(), failed);
					}
					return outcome;
				}));
			}
			List<TenantOutcome> outcomes = new ArrayList<>(names.size());
			for (int i = 0; i < futures.size(); i++) {
				outcomes.add(await(futures.get(i), names.get(i)));
			}
			return outcomes;
		}
		finally {
			executor.shutdownNow();
		}
	}

	private TenantOutcome runOne(String schema, Function<String, TenantOutcome> task) {
		try {
			TenantOutcome outcome = task.apply(schema);
			return (outcome != null) ? outcome : TenantOutcome.failed(schema, "no outcome");
		}
		catch (RuntimeException | Error ex) {
			String message = (ex.getMessage() != null) ? ex.getMessage() : ex.toString();
			return TenantOutcome.failed(schema, this.secrets.scrub(message));
		}
	}

	private static TenantOutcome await(Future<TenantOutcome> future, String schema) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return TenantOutcome.failed(schema, "interrupted before it finished");
		}
		catch (ExecutionException ex) {
			return TenantOutcome.failed(schema, String.valueOf(ex.getCause()));
		}
	}

	/** The schemas, each a valid identifier, duplicates dropped (a schema migrated twice at once waits for itself). */
	static List<String> validated(List<String> schemas) {
		Objects.requireNonNull(schemas, "schemas");
		LinkedHashSet<String> names = new LinkedHashSet<>();
		for (String schema : schemas) {
			String name = (schema != null) ? schema.strip() : "";
			if (name.isEmpty()) {
				continue;
			}
			Identifiers.requireValid("schema", name);
			names.add(name);
		}
		return List.copyOf(names);
	}

}
