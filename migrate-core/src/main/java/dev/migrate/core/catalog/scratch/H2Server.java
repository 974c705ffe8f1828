package dev.migrate.core.catalog.scratch;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.Dialect;

/**
 * H2: the scratch schema is a new in-memory database with the live database's compatibility mode
 * and identifier case settings, so that it normalises what the live one normalises. It dies with the
 * JVM, so no run leaves one behind.
 */
final class H2Server extends ScratchServer {

	/** The settings that change what DDL means or how names are stored. */
	private static final List<String> COPIED = List.of("MODE", "DATABASE_TO_UPPER", "DATABASE_TO_LOWER",
			"CASE_INSENSITIVE_IDENTIFIERS");

	H2Server(DataSource server, Dialect dialect, Clock clock) {
		super(server, dialect, clock);
	}

	@Override
	ScratchSchema createScratch() {
		String name = newName();
		StringBuilder url = new StringBuilder("jdbc:h2:mem:").append(name).append(";DB_CLOSE_DELAY=-1");
		Driver driver;
		try (Connection connection = this.server.getConnection()) {
			settings(connection).forEach((key, value) -> url.append(';').append(key).append('=').append(value));
			driver = (Driver) Class.forName("org.h2.Driver", true, connection.getClass().getClassLoader())
				.getDeclaredConstructor()
				.newInstance();
		}
		catch (SQLException | ReflectiveOperationException ex) {
			throw new MigrateException(ErrorCode.DATABASE, "Could not create an in-memory H2 database for the scratch schema: "
					+ ex.getMessage(), ex);
		}
		DataSource memory = new DriverDataSource(driver, url.toString());
		String schema;
		try (Connection connection = memory.getConnection()) {
			schema = connection.getSchema();
		}
		catch (SQLException ex) {
			throw new MigrateException(ErrorCode.DATABASE, "Could not open the in-memory H2 scratch database: " + ex.getMessage(), ex);
		}
		return new ScratchSchema(new Memory(this, memory), schema, memory);
	}

	private static Map<String, String> settings(Connection connection) throws SQLException {
		Map<String, String> settings = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS")) {
			while (rows.next()) {
				String key = rows.getString(1).toUpperCase(Locale.ROOT);
				if (COPIED.contains(key) && rows.getString(2) != null) {
					settings.put(key, rows.getString(2).toUpperCase(Locale.ROOT));
				}
			}
		}
		return settings;
	}

	@Override
	void drop(String schema) {
		throw new IllegalStateException("An H2 scratch database is dropped by shutting it down");
	}

	@Override
	List<String> scratchNames() {
		return List.of();
	}

	/** The one in-memory database of a scratch schema: dropped by shutting it down. */
	private static final class Memory extends ScratchServer {

		private final DataSource memory;

		Memory(H2Server server, DataSource memory) {
			super(server.server, server.dialect, server.clock);
			this.memory = memory;
		}

		@Override
		ScratchSchema createScratch() {
			throw new IllegalStateException("one scratch per in-memory database");
		}

		@Override
		void drop(String schema) {
			execute(this.memory, "SHUTDOWN");
		}

		@Override
		List<String> scratchNames() {
			return List.of();
		}

	}

}
