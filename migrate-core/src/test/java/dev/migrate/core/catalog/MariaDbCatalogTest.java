package dev.migrate.core.catalog;

import java.util.List;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.MariaDbFixture;

class MariaDbCatalogTest extends CatalogContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new MariaDbFixture();
	}

	@Override
	List<String> typeColumns() {
		return MariaDbCorpus.TYPES;
	}

	@Override
	List<String> constraintSchema() {
		return MariaDbCorpus.CONSTRAINTS;
	}

}
