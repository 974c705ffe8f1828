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
	List<List<String>> sameSchemaSpelledTwice() {
		return List.of(List.of("CREATE TABLE spelled (a timestamp, b time)", "CREATE TABLE spelled (a timestamp(6), b time(0))"),
				List.of("CREATE TABLE spelled (status varchar(255) CHECK (status in ('A','B')))",
						"CREATE TABLE spelled (status varchar(255) CHECK (STATUS IN ( 'A' , 'B' )))"),
				List.of("CREATE TABLE spelled (n int CHECK (n between 0 and 2))",
						"CREATE TABLE spelled (n int CHECK (N BETWEEN 0 AND 2))"));
	}

	@Override
	List<List<String>> differentSchemas() {
		return List.of(List.of("CREATE TABLE spelled (a timestamp(3))", "CREATE TABLE spelled (a timestamp(6))"),
				List.of("CREATE TABLE spelled (status varchar(255) CHECK (status in ('A','B')))",
						"CREATE TABLE spelled (status varchar(255) CHECK (status in ('A','C')))"));
	}

	@Override
	List<String> constraintSchema() {
		return H2Corpus.CONSTRAINTS;
	}

}
