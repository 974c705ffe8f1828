package dev.migrate.spring.autoconfigure;

import dev.migrate.core.engine.MigrateSettings;

/**
 * Changes the {@link MigrateSettings} built from {@code migrate.*} before the migrator is
 * created, e.g. a lock lease that has no property. Beans of this type are applied in order.
 */
@FunctionalInterface
public interface MigrateSettingsCustomizer {

	/** Returns the settings to use instead of {@code settings}; they are immutable. */
	MigrateSettings customize(MigrateSettings settings);

}
