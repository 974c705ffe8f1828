package dev.migrate.spring.autoconfigure.fleet;

import org.junit.jupiter.api.BeforeEach;

import dev.migrate.spring.autoconfigure.testsupport.MariaDbDatabase;

/** On MariaDB a schema is a database: a database per tenant beside the application's own. */
class MariaDbFleetApplicationTests extends FleetApplicationContractTests {

	private MariaDbDatabase main;

	@BeforeEach
	void createMain() {
		this.main = new MariaDbDatabase();
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
		return MariaDbDatabase.USER;
	}

	@Override
	protected String createSchemaSql(String name) {
		return "CREATE DATABASE " + name;
	}

	@Override
	protected String dropSchemaSql(String name) {
		return "DROP DATABASE " + name;
	}

	@Override
	protected String table(String schema, String table) {
		return schema + "." + table;
	}

}
