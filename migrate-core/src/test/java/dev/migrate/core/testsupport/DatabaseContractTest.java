package dev.migrate.core.testsupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of a contract test: written once against {@link #database}, run on each database by a
 * subclass that only says which fixture to use. Each test gets a fresh database, dropped after it.
 */
public abstract class DatabaseContractTest {

	protected DatabaseFixture database;

	/** A fresh fixture of the database this subclass runs the contract on. */
	protected abstract DatabaseFixture createDatabase();

	@BeforeEach
	public void openDatabase() {
		this.database = createDatabase();
	}

	@AfterEach
	public void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

}
