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
				return task.run(schema, this.cli.tenantMigrator(schema, pool.dataSource(), listener, check));
			});
			return report(outcomes);
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
			config.setInitializationFailTimeout(-1);
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
