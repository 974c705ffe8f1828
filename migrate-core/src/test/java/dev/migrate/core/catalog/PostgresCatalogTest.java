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
	List<String> alterations() {
		return List.of("ALTER TABLE pets ADD COLUMN tag varchar(10) DEFAULT 'none' NOT NULL", "ALTER TABLE owners ALTER COLUMN code SET NOT NULL",
				"CREATE INDEX owners_region ON owners (region)", "ALTER TABLE visits ALTER COLUMN note TYPE varchar(500)");
	}

	@Override
	List<String> constraintSchema() {
		return PostgresCorpus.CONSTRAINTS;
	}

}
