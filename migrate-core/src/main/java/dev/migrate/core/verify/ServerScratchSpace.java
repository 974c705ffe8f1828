package dev.migrate.core.verify;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.dialect.MariaDbDialect;

/**
 * Scratch schemas on the server of a DataSource: {@code CREATE SCHEMA} on PostgreSQL and H2,
 * {@code CREATE DATABASE} on MariaDB/MySQL, named {@code migrate_test_<random>}. Connections come
 * from that DataSource (a pool of the application's, too) with their current schema switched to
 * the scratch one and switched back when they are closed, so the pool's other users never see it.
 * One connection stays open while the scratch lives: an in-memory H2 database would otherwise
 * vanish between two connections.
 */
public final class ServerScratchSpace implements ScratchSpace {

	private static final Logger logger = LoggerFactory.getLogger(ServerScratchSpace.class);

	/** The prefix of every scratch schema's name, so a leftover one is easy to recognise. */
	public static final String PREFIX = "migrate_test_";

	private final DataSource server;

	public ServerScratchSpace(DataSource server) {
		this.server = Objects.requireNonNull(server, "server");
	}

	@Override
	public Scratch create() {
		Connection keeper = null;
		try {
			keeper = this.server.getConnection();
			Dialect dialect = Dialects.builtIn().forConnection(keeper);
			String name = PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			// H2 folds unquoted names to upper case; quoted, the name is exactly this one everywhere.
			String schema = (dialect.name().equals("h2")) ? name.toUpperCase(Locale.ROOT) : name;
			try (Statement statement = keeper.createStatement()) {
				statement.execute(((dialect instanceof MariaDbDialect) ? "CREATE DATABASE " : "CREATE SCHEMA ")
						+ dialect.quote(schema));
			}
			return new ServerScratch(this.server, keeper, dialect, schema);
		}
		catch (SQLException ex) {
			closeQuietly(keeper);
			throw new MigrateException(ErrorCode.DATABASE, "Could not create a scratch schema for the revision checks: "
					+ ex.getMessage() + ". The user needs the right to create schemas (databases on MariaDB/MySQL); "
					+ "or point the checks at a server where it has it (--dev-url).", ex);
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				logger.debug("Could not close a connection", ex);
			}
		}
	}

	private record ServerScratch(DataSource server, Connection keeper, Dialect dialect, String schema) implements Scratch {

		@Override
		public DataSource dataSource() {
			return new SwitchingDataSource(this.server, this.dialect, this.schema);
		}

		@Override
		public void close() {
			boolean mariaDb = this.dialect instanceof MariaDbDialect;
			try (Statement statement = this.keeper.createStatement()) {
				statement.execute(mariaDb ? "DROP DATABASE " + this.dialect.quote(this.schema)
						: "DROP SCHEMA " + this.dialect.quote(this.schema) + " CASCADE");
			}
			catch (SQLException ex) {
				logger.warn("Could not drop the scratch schema {} of the revision checks: {}; drop it by hand",
						this.schema, ex.getMessage());
			}
			finally {
				closeQuietly(this.keeper);
			}
		}

	}

	/** Connections of {@code server} switched to {@code schema} until they are closed. */
	static final class SwitchingDataSource extends DelegatingDataSource {

		private final Dialect dialect;

		private final String schema;

		SwitchingDataSource(DataSource server, Dialect dialect, String schema) {
			super(server);
			this.dialect = dialect;
			this.schema = schema;
		}

		@Override
		protected Connection wrap(Connection connection) throws SQLException {
			boolean catalog = this.dialect instanceof MariaDbDialect;
			String original = catalog ? connection.getCatalog() : connection.getSchema();
			if (catalog) {
				connection.setCatalog(this.schema);
			}
			else {
				connection.setSchema(this.schema);
			}
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						if (method.getName().equals("close") && method.getParameterCount() == 0) {
							restore(connection, catalog, original);
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

		private static void restore(Connection connection, boolean catalog, String original) {
			try {
				if (!connection.isClosed() && original != null) {
					if (catalog) {
						connection.setCatalog(original);
					}
					else {
						connection.setSchema(original);
					}
				}
			}
			catch (SQLException ex) {
				logger.debug("Could not switch a connection back to schema {}", original, ex);
			}
		}

	}

}
