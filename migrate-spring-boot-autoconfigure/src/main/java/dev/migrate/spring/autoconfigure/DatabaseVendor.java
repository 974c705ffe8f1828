package dev.migrate.spring.autoconfigure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.Vendors;

/**
 * The vendor of the database migrate runs on ({@code postgresql}, {@code mariadb}, {@code mysql},
 * {@code h2}), read from a connection the first time it is asked and kept: {@code {vendor}} in
 * {@code migrate.locations}, the vendor-named folders under a location, and the dialect of
 * command mode. An application without either never opens a connection for it.
 */
public final class DatabaseVendor implements Supplier<String> {

	private final Supplier<DataSource> dataSource;

	private String vendor;

	DatabaseVendor(Supplier<DataSource> dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public synchronized String get() {
		if (this.vendor == null) {
			try (Connection connection = this.dataSource.get().getConnection()) {
				this.vendor = Vendors.forConnection(connection);
			}
			catch (SQLException ex) {
				throw new MigrateException(ErrorCode.DATABASE, "Could not connect to the database to find its vendor for "
						+ Vendors.PLACEHOLDER + " in migrate.locations: " + ex.getMessage(), ex);
			}
		}
		return this.vendor;
	}

	/** The dialect for this vendor: MySQL is spoken by the MariaDB dialect. */
	String dialect() {
		String vendor = get();
		return vendor.equals("mysql") ? "mariadb" : vendor;
	}

}
