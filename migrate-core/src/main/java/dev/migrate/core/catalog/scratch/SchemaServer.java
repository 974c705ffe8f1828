package dev.migrate.core.catalog.scratch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.Dialect;

/**
 * PostgreSQL (a schema in the server's database) and MariaDB/MySQL (a database on the server):
 * {@code CREATE SCHEMA}/{@code CREATE DATABASE}, connections switched to it with
 * {@code setSchema}/{@code setCatalog} (which pools reset), dropped with everything in it.
 */
final class SchemaServer extends ScratchServer {

	private final boolean databases;

	SchemaServer(DataSource server, Dialect dialect, Clock clock, boolean databases) {
		super(server, dialect, clock);
		this.databases = databases;
	}

	@Override
	ScratchSchema createScratch() {
		dropStaleQuietly();
		String name = newName();
		String what = this.databases ? "database" : "schema";
		try {
			execute(this.server, (this.databases ? "CREATE DATABASE " : "CREATE SCHEMA ") + this.dialect.quote(name));
		}
		catch (MigrateException ex) {
			throw new MigrateException(ErrorCode.DATABASE, ex.getMessage() + ". migrate builds the revisions' schema in a "
					+ "temporary " + what + ": grant the user CREATE on the " + (this.databases ? "server" : "database")
					+ ", or point --dev-url (migrate.dev-url) at a server where it may create one.", ex);
		}
		return new ScratchSchema(this, name, new SwitchedDataSource(this.server, name, this.databases));
	}

	/** Another user's stale scratch schema may not be ours to drop: that is no reason not to build one. */
	private void dropStaleQuietly() {
		try {
			dropStale(ScratchSchema.STALE_AFTER, true);
		}
		catch (MigrateException ex) {
			// the list itself could not be read: left for a run that can
		}
	}

	@Override
	void drop(String schema) {
		execute(this.server, this.databases ? "DROP DATABASE IF EXISTS " + this.dialect.quote(schema)
				: "DROP SCHEMA IF EXISTS " + this.dialect.quote(schema) + " CASCADE");
	}

	@Override
	List<String> scratchNames() {
		String query = this.databases
				? "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE ?"
				: "SELECT nspname FROM pg_namespace WHERE nspname LIKE ?";
		List<String> names = new ArrayList<>();
		try (Connection connection = this.server.getConnection();
				PreparedStatement statement = connection.prepareStatement(query)) {
			statement.setString(1, ScratchSchema.PREFIX.replace("_", "\\_") + "%");
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					names.add(rows.getString(1));
				}
			}
		}
		catch (SQLException ex) {
			throw new MigrateException(ErrorCode.DATABASE, "Could not list the scratch schemas on " + this.dialect.name()
					+ ": " + ex.getMessage(), ex);
		}
		return names;
	}

}
