package dev.migrate.it.commandmode;

import org.junit.jupiter.api.AfterEach;


/** Command mode on the local PostgreSQL, in a fresh schema. */
class PostgresCommandModeTests extends CommandModeContractTests {

	private final PostgresSchema schema = new PostgresSchema();

	@AfterEach
	void dropSchema() {
		this.schema.close();
	}

	@Override
	protected String url() {
		return this.schema.url();
	}

	@Override
	protected String user() {
		return PostgresSchema.USER;
	}

	@Override
	protected String vendor() {
		return "postgresql";
	}

}
