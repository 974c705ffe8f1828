package dev.migrate.spring.autoconfigure.fleet;

import java.util.UUID;

/** Tenant schemas in one in-memory H2 database. */
class H2FleetApplicationTests extends FleetApplicationContractTests {

	private final String url = "jdbc:h2:mem:fleet_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";

	@Override
	protected String url() {
		return this.url;
	}

	@Override
	protected void dropMain() {
		try {
			execute("SHUTDOWN");
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	protected String user() {
		return "sa";
	}

	@Override
	protected String createSchemaSql(String name) {
		return "CREATE SCHEMA \"" + name + "\"";
	}

	@Override
	protected String dropSchemaSql(String name) {
		return "DROP SCHEMA \"" + name + "\" CASCADE";
	}

	@Override
	protected String table(String schema, String table) {
		return "\"" + schema + "\"." + table;
	}

}
