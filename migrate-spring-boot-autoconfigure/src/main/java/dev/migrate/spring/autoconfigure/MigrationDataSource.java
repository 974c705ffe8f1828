package dev.migrate.spring.autoconfigure;

import java.util.Objects;

import javax.sql.DataSource;

/**
 * The DataSource migrate runs on: the application's, a {@link MigrateDataSource @MigrateDataSource}
 * bean, or one built from {@code migrate.datasource.*}. Not a {@link DataSource} bean itself, so
 * that the application keeps exactly one; a DataSource built here is closed with the context.
 */
public final class MigrationDataSource implements AutoCloseable {

	private final DataSource dataSource;

	private final String description;

	private final boolean owned;

	private MigrationDataSource(DataSource dataSource, String description, boolean owned) {
		this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
		this.description = Objects.requireNonNull(description, "description");
		this.owned = owned;
	}

	/** A DataSource managed elsewhere, e.g. a bean; never closed here. */
	public static MigrationDataSource of(DataSource dataSource, String description) {
		return new MigrationDataSource(dataSource, description, false);
	}

	/** A DataSource built for migrate alone, closed with the context. */
	static MigrationDataSource owned(DataSource dataSource, String description) {
		return new MigrationDataSource(dataSource, description, true);
	}

	public DataSource dataSource() {
		return this.dataSource;
	}

	/** Where the DataSource comes from, for the log; never contains a password. */
	public String description() {
		return this.description;
	}

	/** Whether the DataSource was built from {@code migrate.datasource.*}. */
	public boolean isSeparate() {
		return this.owned;
	}

	@Override
	public void close() throws Exception {
		if (this.owned && this.dataSource instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

	@Override
	public String toString() {
		return this.description;
	}

}
