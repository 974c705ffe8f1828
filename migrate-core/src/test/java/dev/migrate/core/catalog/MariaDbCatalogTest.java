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
	List<String> alterations() {
		return List.of("ALTER TABLE pets ADD COLUMN tag varchar(10) NOT NULL DEFAULT 'none'", "ALTER TABLE owners MODIFY code char(4) NOT NULL",
				"CREATE INDEX owners_region ON owners (region)", "ALTER TABLE visits MODIFY note varchar(500)");
	}

	@Override
	List<String> constraintSchema() {
		return MariaDbCorpus.CONSTRAINTS;
	}

}
