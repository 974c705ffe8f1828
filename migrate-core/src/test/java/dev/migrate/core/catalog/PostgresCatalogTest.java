package dev.migrate.core.catalog;

import java.util.List;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.PostgresFixture;

class PostgresCatalogTest extends CatalogContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new PostgresFixture();
	}

	@Override
	List<String> typeColumns() {
		return PostgresCorpus.TYPES;
	}

	@Override
	List<String> constraintSchema() {
		return PostgresCorpus.CONSTRAINTS;
	}

}
