package dev.migrate.spring.autoconfigure;

import dev.migrate.core.engine.MigrationResult;
import dev.migrate.core.engine.Migrator;

/**
 * Replaces what the application does with its database when it is ready, instead of
 * {@code migrator.upgrade(target)}: e.g. a downgrade first, or nothing on some instances. A
 * single bean of this type is used.
 */
@FunctionalInterface
public interface MigrateStrategy {

	/**
	 * Migrates the database.
	 * @param migrator the migrator
	 * @param target {@code migrate.target}
	 * @return the result of the run; what the endpoint reports as the last run
	 */
	MigrationResult migrate(Migrator migrator, String target);

}
