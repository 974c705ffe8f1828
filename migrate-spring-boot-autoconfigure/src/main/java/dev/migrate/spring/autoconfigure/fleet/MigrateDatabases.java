package dev.migrate.spring.autoconfigure.fleet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.core.Secrets;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.engine.StatusView;
import dev.migrate.spring.autoconfigure.MigrateAfterUpgrade;
import dev.migrate.spring.autoconfigure.MigrationTracker;

/**
 * The further databases of {@code migrate.datasources.<name>.*} and {@link MigrateDatabase}
 * beans: each its own migrator (graph, lock, history) and its own tracker, so that each reports
 * exactly as the main database does. Migrated one after another at {@code migrate.run-at}, after
 * the main schema; one that fails stops none of the others.
 */
public final class MigrateDatabases implements MigrateAfterUpgrade, org.springframework.core.Ordered, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger("dev.migrate");

	/** One database: its migrator, its tracker, and what to close with the context. */
	record Database(String name, Migrator migrator, MigrationTracker tracker, AutoCloseable owned) {
	}

	private final Map<String, Database> databases;

	private final String target;

	private final Secrets secrets;

	MigrateDatabases(List<Database> databases, String target, Secrets secrets) {
		Map<String, Database> byName = new LinkedHashMap<>();
		databases.forEach(database -> byName.put(database.name(), database));
		this.databases = Collections.unmodifiableMap(byName);
		this.target = Objects.requireNonNull(target, "target");
		this.secrets = (secrets != null) ? secrets : Secrets.none();
	}

	public List<String> names() {
		return List.copyOf(this.databases.keySet());
	}

	/** The migrator of one database, {@code null} for an unknown name. */
	public Migrator migrator(String name) {
		Database database = this.databases.get(name);
		return (database != null) ? database.migrator() : null;
	}

	/** At {@code migrate.run-at}, after the main schema and its tenants: {@link #migrateAll()}. */
	@Override
	public void afterUpgrade() {
		migrateAll();
	}

	/** After the tenants. */
	@Override
	public int getOrder() {
		return 100;
	}

	/** Upgrades every database to the target; a failure is logged and recorded, the others go on. */
	public void migrateAll() {
		for (Database database : this.databases.values()) {
			try {
				database.tracker().run(this.target, () -> database.migrator().upgrade(this.target));
			}
			catch (RuntimeException ex) {
				logger.error("Database '{}' (migrate.datasources.{}) could not be migrated: {}", database.name(),
						database.name(), this.secrets.scrub(String.valueOf(ex.getMessage())));
			}
		}
	}

	/** The names of the databases whose last run in this process failed. */
	public List<String> failed() {
		List<String> failed = new ArrayList<>();
		for (Database database : this.databases.values()) {
			MigrationTracker.Run last = database.tracker().last();
			if (last != null && last.outcome() == MigrationTracker.Outcome.FAILED) {
				failed.add(database.name());
			}
		}
		return failed;
	}

	/** One database in full, the fields of the endpoint's top level; {@code null} for an unknown name. */
	public StatusView view(String name) {
		Database database = this.databases.get(name);
		if (database == null) {
			return null;
		}
		MigrationTracker.Report report = database.tracker().report(() -> database.migrator().status(this.target));
		return report.view(database.migrator().graph().heads(), this.target);
	}

	/** Every database in full, by name. */
	public Map<String, StatusView> views() {
		Map<String, StatusView> views = new LinkedHashMap<>();
		for (String name : this.databases.keySet()) {
			try {
				views.put(name, view(name));
			}
			catch (RuntimeException ex) {
				views.put(name, StatusView.of(dev.migrate.core.engine.State.FAILED, null, List.of(), this.target,
						this.secrets.scrub(String.valueOf(ex.getMessage())), null));
			}
		}
		return views;
	}

	@Override
	public void close() throws Exception {
		for (Database database : this.databases.values()) {
			if (database.owned() != null) {
				database.owned().close();
			}
		}
	}

}
