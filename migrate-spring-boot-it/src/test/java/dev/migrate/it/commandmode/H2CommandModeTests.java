package dev.migrate.it.commandmode;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** Command mode on an H2 file database. */
class H2CommandModeTests extends CommandModeContractTests {

	@TempDir
	Path databaseDir;

	@Override
	protected String url() {
		return "jdbc:h2:file:" + this.databaseDir.resolve("app");
	}

	@Override
	protected String user() {
		return "sa";
	}

	@Override
	protected String vendor() {
		return "h2";
	}

}
