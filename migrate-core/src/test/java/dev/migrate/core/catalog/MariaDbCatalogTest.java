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
	List<List<String>> sameSchemaSpelledTwice() {
		return List.of(
				List.of("CREATE TABLE spelled (status varchar(255), CONSTRAINT spelled_status CHECK (status in ('A','B')))",
						"CREATE TABLE spelled (status varchar(255), CONSTRAINT spelled_status CHECK (`status` IN ( 'A' , 'B' )))"),
				List.of("CREATE TABLE spelled (n int, CONSTRAINT spelled_n CHECK (n between 0 and 2))",
						"CREATE TABLE spelled (n int, CONSTRAINT spelled_n CHECK (`n` BETWEEN 0 AND 2))"));
	}

	@Override
	List<List<String>> differentSchemas() {
		return List.of(List.of("CREATE TABLE spelled (a datetime(3))", "CREATE TABLE spelled (a datetime(6))"),
				List.of("CREATE TABLE spelled (status varchar(255), CONSTRAINT spelled_status CHECK (status in ('A','B')))",
						"CREATE TABLE spelled (status varchar(255), CONSTRAINT spelled_status CHECK (status in ('A','C')))"));
	}

	@Override
	List<String> constraintSchema() {
		return MariaDbCorpus.CONSTRAINTS;
	}

}
