package dev.migrate.core.catalog;

import java.util.List;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.H2Fixture;

class H2CatalogTest extends CatalogContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new H2Fixture();
	}

	@Override
	List<String> typeColumns() {
		return H2Corpus.TYPES;
	}

	@Override
	List<String> constraintSchema() {
		return H2Corpus.CONSTRAINTS;
	}

}
