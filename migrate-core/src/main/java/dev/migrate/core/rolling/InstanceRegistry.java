package dev.migrate.core.rolling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.DatabaseCatalog;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.Dialects;

/**
 * The table {@code migrate_instances} in the configured schema: one row per running application
 * instance with the heads its code knows, written at registration, kept alive by heartbeats and
 * deleted when the instance stops cleanly. Liveness is judged by the database's clock alone: a
 * row's age is the server's {@code CURRENT_TIMESTAMP} minus its last heartbeat, read in the same
 * statement, so clock skew between hosts does not matter. Every method takes or borrows its own
 * connection in autocommit.
 */
public final class InstanceRegistry {

	/** The table's default name. */
	public static final String DEFAULT_TABLE = "migrate_instances";

	private final DataSource dataSource;

	private final String schema;

	private final String table;

	/**
	 * @param schema the schema of migrate's tables, {@code null} for the connection's current one
	 * @param table the table's name
	 */
	public InstanceRegistry(DataSource dataSource, String schema, String table) {
		this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
		this.schema = schema;
		this.table = Objects.requireNonNull(table, "table");
	}

	/** The registry beside a migrator's tables, in its schema. */
	public static InstanceRegistry of(dev.migrate.core.engine.Migrator migrator) {
		return new InstanceRegistry(migrator.dataSource(), migrator.settings().tables().schema(), DEFAULT_TABLE);
	}

	/** A connection for {@link #heartbeat(Connection, String)}: kept by the caller, so a busy pool never delays it. */
	public Connection connect() throws SQLException {
		Connection connection = this.dataSource.getConnection();
		connection.setAutoCommit(true);
		return connection;
	}

	/** Registers an instance (replacing a row of the same id) and deletes the rows of gone instances. */
	public void register(String id, List<String> heads, String host, long pid, Duration heartbeat) {
		try (Connection connection = connect()) {
			InstanceTable sql = table(connection);
			createTable(connection, sql);
			for (Row row : rows(connection, sql)) {
				if (!row.instance().live() || row.instance().id().equals(id)) {
					try (PreparedStatement delete = connection.prepareStatement(sql.deleteGone())) {
						delete.setString(1, row.instance().id());
						delete.setTimestamp(2, row.lastHeartbeat());
						delete.executeUpdate();
					}
				}
			}
			try (PreparedStatement insert = connection.prepareStatement(sql.insert())) {
				insert.setString(1, id);
				insert.setString(2, String.join(",", heads));
				insert.setString(3, host);
				insert.setLong(4, pid);
				insert.setLong(5, heartbeat.toMillis());
				insert.executeUpdate();
			}
		}
		catch (SQLException ex) {
			throw failure("register instance '" + id + "' in", ex);
		}
	}

	/**
	 * Writes a heartbeat on {@code connection}.
	 * @return whether the instance's row was there (a row deleted as gone must be registered again)
	 */
	public boolean heartbeat(Connection connection, String id) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement(table(connection).heartbeat())) {
			update.setString(1, id);
			return update.executeUpdate() > 0;
		}
	}

	/** Deletes an instance's row: it stops cleanly, and no one waits for it any longer. */
	public void deregister(String id) {
		try (Connection connection = connect();
				PreparedStatement delete = connection.prepareStatement(table(connection).delete())) {
			delete.setString(1, id);
			delete.executeUpdate();
		}
		catch (SQLException ex) {
			throw failure("deregister instance '" + id + "' from", ex);
		}
	}

	/** Every registered instance, live or not; none when the table does not exist (no instance has registered). */
	public List<Instance> instances() {
		try (Connection connection = this.dataSource.getConnection()) {
			InstanceTable sql = table(connection);
			try {
				return rows(connection, sql).stream().map(Row::instance).toList();
			}
			catch (SQLException ex) {
				if (!exists(connection)) {
					return List.of();
				}
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw failure("read", ex);
		}
	}

	/** The instances that have missed fewer than three heartbeats. */
	public List<Instance> live() {
		return instances().stream().filter(Instance::live).toList();
	}

	private record Row(Instance instance, Timestamp lastHeartbeat) {
	}

	private List<Row> rows(Connection connection, InstanceTable sql) throws SQLException {
		List<Row> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql.select())) {
			while (result.next()) {
				String heads = result.getString("heads");
				Timestamp last = result.getTimestamp("last_heartbeat");
				Timestamp now = result.getTimestamp("db_now");
				Timestamp started = result.getTimestamp("started_at");
				// both times are read through the same conversion: their difference is the server's
				Duration silent = Duration.ofMillis(Math.max(0, now.getTime() - last.getTime()));
				rows.add(new Row(new Instance(result.getString("instance_id"),
						heads.isEmpty() ? List.of() : Arrays.asList(heads.split(",")), result.getString("host"),
						result.getLong("pid"), Duration.ofMillis(result.getLong("heartbeat_millis")),
						(started != null) ? started.toInstant() : null, last.toInstant(), silent), last));
			}
		}
		return rows;
	}

	private void createTable(Connection connection, InstanceTable sql) throws SQLException {
		if (exists(connection)) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql.create());
		}
		catch (SQLException ex) {
			// two instances creating it at once: PostgreSQL may report the loser's IF NOT EXISTS as a duplicate
			if (!exists(connection)) {
				throw ex;
			}
		}
	}

	private boolean exists(Connection connection) {
		Dialect dialect = Dialects.builtIn().forConnection(connection);
		DatabaseCatalog catalog = new DatabaseCatalog(dialect);
		String in = (this.schema != null) ? this.schema : catalog.currentSchema(connection);
		return catalog.tableExists(connection, in, this.table);
	}

	private InstanceTable table(Connection connection) {
		return InstanceTable.of(Dialects.builtIn().forConnection(connection), this.schema, this.table);
	}

	private MigrateException failure(String what, SQLException ex) {
		String where = (this.schema != null) ? this.schema + "." + this.table : this.table;
		return new MigrateException(ErrorCode.DATABASE, "Could not " + what + " the instance table " + where + ": "
				+ ex.getMessage() + ". The instance table is how instances of a rolling deploy see each other; the "
				+ "migration user needs to create it and write to it.", ex);
	}

}
