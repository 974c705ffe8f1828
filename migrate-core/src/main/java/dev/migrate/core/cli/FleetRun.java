package dev.migrate.core.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.engine.MigrateListener;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.fleet.Fleet;
import dev.migrate.core.fleet.TenantOutcome;
import dev.migrate.core.guard.GuardCheck;
import dev.migrate.core.guard.GuardMode;

/**
 * A database command run once per schema of {@code --schemas} or {@code --schemas-query}, at most
 * {@code --parallel} at a time, on a pool of at most parallel + 1 connections (one per running
 * tenant, its lock included, and one for the schemas query). One line per schema as it finishes,
 * a summary, exit 1 if any failed once every other schema was done.
 */
final class FleetRun {

	/** Up to this many schemas, each revision gets its line (prefixed with its schema); above, a progress line. */
	static final int REVISION_LINES_UP_TO = 5;

	/** What a command does to one tenant's migrator. */
	@FunctionalInterface
	interface Task {

		TenantOutcome run(String schema, Migrator migrator);

	}

	/** A command whose result is a {@link dev.migrate.core.engine.MigrationResult}. */
	static Task of(java.util.function.Function<Migrator, dev.migrate.core.engine.MigrationResult> command) {
		return (schema, migrator) -> TenantOutcome.of(schema, command.apply(migrator));
	}

	private final MigrateCli cli;

	private final Output output;

	FleetRun(MigrateCli cli) {
		this.cli = cli;
		this.output = cli.output();
	}

	/** Whether the command runs once per schema; refuses options that contradict each other. */
	static boolean requested(MigrateCli cli) {
		if (cli.schemas == null && cli.schemasQuery == null) {
			return false;
		}
		if (cli.schemas != null && cli.schemasQuery != null) {
			throw new MigrateException(ErrorCode.USAGE, "--schemas and --schemas-query both name the schemas: give one of them");
		}
		if (cli.schema != null) {
			throw new MigrateException(ErrorCode.USAGE, "--schema names one schema and --schemas"
					+ ((cli.schemas != null) ? "" : "-query") + " several: give one of them");
		}
		return true;
	}

	/** The engine for one schema of the fleet, on the fleet's pool. */
	private Migrator tenantMigrator(String schema, DataSource pool, MigrateListener listener,
			dev.migrate.core.engine.PlanCheck planCheck) {
		return Migrator.forTenant(pool, this.cli.workspace().graph(), this.cli.settings(schema),
				java.time.Clock.systemUTC(), listener, null, planCheck);
	}

	/** The guard for a fleet's upgrades: each finding is printed once, not once per tenant. */
	GuardCheck guard(String mode) {
		Set<String> printed = ConcurrentHashMap.newKeySet();
		PrintWriter err = this.cli.err();
		return new GuardCheck(GuardMode.parse(mode), finding -> {
			String line = "Guard: " + finding.location() + " [" + finding.rule() + "] " + finding.statement() + ": "
					+ finding.message();
			if (printed.add(line)) {
				err.println(line);
			}
		}, note -> {
			if (printed.add(note)) {
				err.println("Guard: " + note);
			}
		});
	}

	int run(dev.migrate.core.engine.PlanCheck check, Task task) {
		FleetPool pool = FleetPool.open(this.cli);
		try {
			List<String> schemas = schemas(pool.dataSource());
			if (schemas.isEmpty()) {
				return report(List.of());
			}
			boolean revisionLines = !this.output.isJson() && schemas.size() <= REVISION_LINES_UP_TO;
			FleetProgress progress = new FleetProgress(this.output, this.cli.err(), schemas.size() > REVISION_LINES_UP_TO);
			Fleet fleet = new Fleet(pool.parallelism(), progress, this.cli.secrets());
			List<TenantOutcome> outcomes = fleet.run(schemas, schema -> {
				MigrateListener listener = revisionLines ? new ProgressPrinter(prefixed(schema)) : null;
				return task.run(schema, tenantMigrator(schema, pool.dataSource(), listener, check));
			});
			return report(outcomes);
		}
		finally {
			pool.close();
		}
	}

	/**
	 * Reads something of every schema, at most the parallelism at a time: the values by schema in
	 * the order of the schemas, and the schemas that could not be read with why.
	 */
	<T> int read(java.util.function.Function<Migrator, T> reader,
			java.util.function.BiConsumer<Map<String, T>, Map<String, String>> report) {
		FleetPool pool = FleetPool.open(this.cli);
		try {
			List<String> schemas = schemas(pool.dataSource());
			Map<String, T> values = new ConcurrentHashMap<>();
			Fleet fleet = new Fleet(pool.parallelism(), null, this.cli.secrets());
			Map<String, String> failed = new LinkedHashMap<>();
			Map<String, T> ordered = new LinkedHashMap<>();
			for (TenantOutcome outcome : fleet.run(schemas, schema -> {
				values.put(schema, reader.apply(tenantMigrator(schema, pool.dataSource(), null, null)));
				return TenantOutcome.of(schema, List.of());
			})) {
				if (outcome.failed()) {
					failed.put(outcome.schema(), outcome.error());
				}
				else {
					ordered.put(outcome.schema(), values.get(outcome.schema()));
				}
			}
			report.accept(ordered, failed);
			return failed.isEmpty() ? 0 : 1;
		}
		finally {
			pool.close();
		}
	}

	private Output prefixed(String schema) {
		PrintWriter target = this.cli.out();
		return new Output(new PrintWriter(target) {
			@Override
			public void println(String line) {
				synchronized (target) {
					target.println("[" + schema + "] " + line);
				}
			}
		}, false);
	}

	private List<String> schemas(DataSource dataSource) {
		if (this.cli.schemasQuery == null) {
			return this.cli.schemas;
		}
		List<String> schemas = new ArrayList<>();
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(this.cli.schemasQuery)) {
			while (rows.next()) {
				schemas.add(rows.getString(1));
			}
		}
		catch (SQLException ex) {
			throw new MigrateException(ErrorCode.USAGE, "Could not run --schemas-query \"" + this.cli.schemasQuery + "\": "
					+ ex.getMessage() + ". It must be a query whose first column names the schemas.", ex);
		}
		return schemas;
	}

	private int report(List<TenantOutcome> outcomes) {
		int applied = 0;
		int upToDate = 0;
		List<String> failed = new ArrayList<>();
		for (TenantOutcome outcome : outcomes) {
			if (outcome.failed()) {
				failed.add(outcome.schema());
			}
			else if (outcome.applied().isEmpty()) {
				upToDate++;
			}
			else {
				applied++;
			}
		}
		if (this.output.isJson()) {
			List<Map<String, Object>> entries = new ArrayList<>();
			for (TenantOutcome outcome : outcomes) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("schema", outcome.schema());
				entry.put("state", outcome.state());
				entry.put("current", outcome.current());
				entry.put("applied", outcome.applied());
				entry.put("outcome", outcome.outcome());
				entry.put("error", outcome.error());
				entries.add(entry);
			}
			this.output.json(Map.of("schemas", entries));
		}
		else if (outcomes.isEmpty()) {
			this.output.line("No schemas: --schemas-query returned none; nothing to do.");
		}
		else {
			this.output.line(outcomes.size() + " schemas: " + applied + " changed, " + upToDate + " unchanged, "
					+ failed.size() + " failed" + (failed.isEmpty() ? "" : " (" + String.join(", ", failed) + ")"));
		}
		return failed.isEmpty() ? 0 : 1;
	}

	/** The pool of a fleet run: HikariCP, at most parallel + 1 connections; the application's DataSource in command mode. */
	private record FleetPool(DataSource dataSource, HikariDataSource owned, int parallelism) {

		static FleetPool open(MigrateCli cli) {
			if (cli.parallel < 1) {
				throw new MigrateException(ErrorCode.USAGE,
						"Invalid --parallel " + cli.parallel + ": migrate at least one schema at a time (1 or more)");
			}
			if (cli.context != null) {
				return new FleetPool(cli.context.dataSource(), null, Fleet.parallelismOn(cli.context.dialect(), cli.parallel));
			}
			if (cli.url == null || cli.url.isBlank()) {
				throw new MigrateException(ErrorCode.USAGE,
						"This command needs a database: pass --url (or set MIGRATE_URL), with --user and --password as needed.");
			}
			HikariConfig config = new HikariConfig();
			config.setPoolName("migrate-fleet");
			config.setDataSource(cli.secrets().guard(new SimpleDataSource(cli.url, cli.user, cli.password)));
			int parallelism = Fleet.parallelismOn(dev.migrate.core.dialect.Vendors.forUrl(cli.url), cli.parallel);
			config.setMaximumPoolSize(parallelism + 1);
			config.setMinimumIdle(0);
			config.setConnectionTimeout(cli.lockTimeout.toMillis() + 60_000);
			// the first connection opens at once: a wrong URL or password fails now, with the driver's message,
			// not once per tenant after a pool timeout
			config.setInitializationFailTimeout(1);
			HikariDataSource pool = new HikariDataSource(config);
			return new FleetPool(pool, pool, parallelism);
		}

		void close() {
			if (this.owned != null) {
				this.owned.close();
			}
		}

	}

}
