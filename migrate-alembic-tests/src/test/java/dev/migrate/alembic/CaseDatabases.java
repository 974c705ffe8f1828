package dev.migrate.alembic;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two databases on the local PostgreSQL, one for Alembic and one for migrate, created through JDBC
 * and dropped on {@link #close()}. Creating a database costs about a second here, so a test class
 * creates the pair once and {@link #reset()} gives each case empty {@code public} and {@code rec}
 * schemas: nothing of an earlier case (version tables, history, locks, recorded runs) survives.
 */
final class CaseDatabases implements AutoCloseable {

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	private static final String USER = "postgres";

	private final String alembic;

	private final String migrate;

	CaseDatabases() {
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		this.alembic = "adiff_" + suffix + "_alembic";
		this.migrate = "adiff_" + suffix + "_migrate";
		// Commits need not wait for the disk in a scratch database: each command commits several times.
		admin("CREATE DATABASE " + this.alembic, "CREATE DATABASE " + this.migrate,
				"ALTER DATABASE " + this.alembic + " SET synchronous_commit = off",
				"ALTER DATABASE " + this.migrate + " SET synchronous_commit = off");
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(SERVER + this.migrate);
		dataSource.setUser(USER);
		this.migratePool = new PooledDataSource(dataSource);
		try {
			this.alembicReader = connect(this.alembic);
			this.migrateReader = connect(this.migrate);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not connect to the case databases: " + ex.getMessage(), ex);
		}
	}

	String alembicDatabase() {
		return this.alembic;
	}

	private final PooledDataSource migratePool;

	private final Connection alembicReader;

	private final Connection migrateReader;

	DataSource migrateDataSource() {
		return this.migratePool;
	}

	/** Empty schemas for the next case, and the recording table both sides insert into. */
	void reset() {
		// migrate's pooled connections may hold prepared statements on the dropped tables.
		this.migratePool.close();
		for (Connection connection : List.of(this.alembicReader, this.migrateReader)) {
			execute(connection, "DROP SCHEMA IF EXISTS public CASCADE", "DROP SCHEMA IF EXISTS rec CASCADE",
					"CREATE SCHEMA public", "CREATE SCHEMA rec",
					"CREATE TABLE " + CaseFiles.RECORDING_TABLE + " (seq serial PRIMARY KEY, rev text NOT NULL, direction text NOT NULL)");
		}
	}

	/** What a side's database holds after a command: its version rows and every revision it ran. */
	record State(Set<String> versions, List<String> ran) {

		@Override
		public String toString() {
			return "versions " + this.versions + ", ran " + this.ran;
		}

	}

	State alembicState() {
		return state(this.alembicReader, "alembic_version");
	}

	State migrateState() {
		return state(this.migrateReader, "migrate_version");
	}

	private State state(Connection connection, String versionTable) {
		try (Statement statement = connection.createStatement()) {
			Set<String> versions = new TreeSet<>();
			try (ResultSet exists = statement.executeQuery("SELECT to_regclass('public." + versionTable + "') IS NOT NULL")) {
				exists.next();
				if (exists.getBoolean(1)) {
					try (ResultSet rows = statement.executeQuery("SELECT version_num FROM public." + versionTable)) {
						while (rows.next()) {
							versions.add(rows.getString(1));
						}
					}
				}
			}
			// A multiset, compared sorted: the order inside one command may differ where both orders are valid.
			List<String> ran = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery(
					"SELECT direction || ' ' || rev FROM " + CaseFiles.RECORDING_TABLE + " ORDER BY 1")) {
				while (rows.next()) {
					ran.add(rows.getString(1));
				}
			}
			return new State(versions, ran);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the state of a case database: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void close() {
		this.migratePool.close();
		try {
			this.alembicReader.close();
			this.migrateReader.close();
		}
		catch (SQLException ex) {
			// Dropped with FORCE below anyway.
		}
		admin("DROP DATABASE IF EXISTS " + this.alembic + " WITH (FORCE)",
				"DROP DATABASE IF EXISTS " + this.migrate + " WITH (FORCE)");
	}

	private static void admin(String... statements) {
		try (Connection connection = connect("postgres")) {
			execute(connection, statements);
		}
		catch (SQLException ex) {
			throw refused(ex);
		}
	}

	private static void execute(Connection connection, String... statements) {
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw refused(ex);
		}
	}

	private static IllegalStateException refused(SQLException ex) {
		return new IllegalStateException("PostgreSQL on 127.0.0.1:5432 (user postgres) refused: " + ex.getMessage()
				+ "; start the local databases with .ci/run", ex);
	}

	private static Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(SERVER + database, USER, "");
	}

}
