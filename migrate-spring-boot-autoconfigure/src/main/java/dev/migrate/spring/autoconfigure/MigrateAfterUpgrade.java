package dev.migrate.spring.autoconfigure;

/**
 * What migrates after the main schema, inside the same tracked run at {@code migrate.run-at}: the
 * readiness gate and the application's runners wait for it too. The tenants ({@code MigrateFleet})
 * and the further databases ({@code MigrateDatabases}) are such beans; each handles its own
 * failures, so that one failed tenant or database never fails the main run.
 */
@FunctionalInterface
public interface MigrateAfterUpgrade {

	/** Migrates what this bean keeps current; called once the main schema is. */
	void afterUpgrade();

}
