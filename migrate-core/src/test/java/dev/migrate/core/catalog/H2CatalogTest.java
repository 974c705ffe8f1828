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
	List<String> alterations() {
		return List.of("ALTER TABLE pets ADD COLUMN tag varchar(10) DEFAULT 'none' NOT NULL", "ALTER TABLE owners ALTER COLUMN code SET NOT NULL",
				"CREATE INDEX owners_region ON owners (region)", "ALTER TABLE visits ALTER COLUMN note SET DATA TYPE varchar(500)");
	}

	@Override
	List<String> constraintSchema() {
		return H2Corpus.CONSTRAINTS;
	}

}
