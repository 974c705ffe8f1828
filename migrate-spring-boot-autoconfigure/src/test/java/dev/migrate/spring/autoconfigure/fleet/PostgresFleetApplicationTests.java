package dev.migrate.spring.autoconfigure.fleet;

import org.junit.jupiter.api.BeforeEach;

import dev.migrate.spring.autoconfigure.testsupport.PostgresSchema;

/** Tenant schemas beside the application's own in the local PostgreSQL's {@code test} database. */
class PostgresFleetApplicationTests extends FleetApplicationContractTests {

	private PostgresSchema main;

	@BeforeEach
	void createMain() {
		this.main = new PostgresSchema();
	}

	@Override
	protected void dropMain() {
		this.main.close();
	}

	@Override
	protected String url() {
		return this.main.url();
	}

	@Override
	protected String user() {
		return PostgresSchema.USER;
	}

	@Override
	protected String createSchemaSql(String name) {
		return "CREATE SCHEMA " + name;
	}

	@Override
	protected String dropSchemaSql(String name) {
		return "DROP SCHEMA " + name + " CASCADE";
	}

	@Override
	protected String table(String schema, String table) {
		return schema + "." + table;
	}

}
