package dev.migrate.spring.autoconfigure;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Spring Boot that migrate manages the schema of the DataSource it migrates, so that
 * Hibernate's default {@code ddl-auto} for an embedded database is {@code none} instead of
 * {@code create-drop}, which would build the tables from the entities and hide the revisions. A
 * separate migration connection ({@code migrate.datasource.*}) exists to migrate the application's
 * database as another user, so the application's DataSource counts as managed then too.
 */
final class MigrateSchemaManagementProvider implements SchemaManagementProvider {

	private final ObjectProvider<MigrationDataSource> migrationDataSource;

	MigrateSchemaManagementProvider(ObjectProvider<MigrationDataSource> migrationDataSource) {
		this.migrationDataSource = migrationDataSource;
	}

	@Override
	public SchemaManagement getSchemaManagement(DataSource dataSource) {
		MigrationDataSource migrated = this.migrationDataSource.getIfAvailable();
		boolean managed = migrated != null && (migrated.dataSource() == dataSource || migrated.isSeparate());
		return managed ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
	}

}
