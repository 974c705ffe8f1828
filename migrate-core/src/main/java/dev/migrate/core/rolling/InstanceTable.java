package dev.migrate.core.rolling;

import dev.migrate.core.dialect.Dialect;

/**
 * The SQL of the instance table for one database. Every time in it is the database's own
 * ({@code CURRENT_TIMESTAMP}), written and compared on the server, so that the clocks of the
 * instances' hosts never matter.
 */
record InstanceTable(Dialect dialect, String qualified) {

	static InstanceTable of(Dialect dialect, String schema, String table) {
		return new InstanceTable(dialect, dialect.qualify(schema, table));
	}

	/** The database's clock, with milliseconds. */
	String now() {
		return this.dialect.name().equals("mariadb") ? "CURRENT_TIMESTAMP(3)" : "CURRENT_TIMESTAMP";
	}

	private String timeType() {
		// MariaDB: TIMESTAMP is stored in UTC whatever the session's zone; an explicit default keeps the
		// server from adding ON UPDATE CURRENT_TIMESTAMP to it
		return this.dialect.name().equals("mariadb") ? "timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)"
				: "timestamp with time zone NOT NULL";
	}

	String create() {
		return "CREATE TABLE IF NOT EXISTS " + this.qualified + " (instance_id varchar(128) NOT NULL PRIMARY KEY, heads "
				+ this.dialect.unboundedTextType() + " NOT NULL, host varchar(255), pid bigint, heartbeat_millis bigint NOT NULL,"
				+ " started_at " + timeType() + ", last_heartbeat " + timeType() + ")";
	}

	String insert() {
		return "INSERT INTO " + this.qualified + " (instance_id, heads, host, pid, heartbeat_millis, started_at,"
				+ " last_heartbeat) VALUES (?, ?, ?, ?, ?, " + now() + ", " + now() + ")";
	}

	String heartbeat() {
		return "UPDATE " + this.qualified + " SET last_heartbeat = " + now() + " WHERE instance_id = ?";
	}

	String delete() {
		return "DELETE FROM " + this.qualified + " WHERE instance_id = ?";
	}

	/** Deletes a gone instance's row unless it has written a heartbeat since it was read. */
	String deleteGone() {
		return "DELETE FROM " + this.qualified + " WHERE instance_id = ? AND last_heartbeat = ?";
	}

	String select() {
		return "SELECT instance_id, heads, host, pid, heartbeat_millis, started_at, last_heartbeat, " + now()
				+ " AS db_now FROM " + this.qualified + " ORDER BY started_at, instance_id";
	}

}
