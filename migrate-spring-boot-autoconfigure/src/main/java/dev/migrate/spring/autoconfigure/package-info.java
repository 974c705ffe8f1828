/**
 * Auto-configuration of migrate for Spring Boot: the properties, the migrator and its DataSource,
 * the runner that upgrades the database when the application is ready, command mode, and the
 * extension points ({@link dev.migrate.spring.autoconfigure.MigrateStrategy},
 * {@link dev.migrate.spring.autoconfigure.MigrateSettingsCustomizer},
 * {@link dev.migrate.spring.autoconfigure.MigrateDataSource @MigrateDataSource},
 * {@link dev.migrate.spring.autoconfigure.MigrateExit}).
 */
package dev.migrate.spring.autoconfigure;
