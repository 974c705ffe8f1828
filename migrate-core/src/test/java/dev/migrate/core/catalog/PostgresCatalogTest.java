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
	List<List<String>> sameSchemaSpelledTwice() {
		return List.of(
				List.of("CREATE TABLE spelled (a timestamp, b time, c timestamptz, d timetz, e interval, f interval day to second)",
						"CREATE TABLE spelled (a timestamp(6), b time(6), c timestamp(6) with time zone, d time(6) with time zone,"
								+ " e interval(6), f interval day to second(6))"),
				List.of("CREATE TABLE spelled (status varchar(255) CHECK (status in ('A','B')))",
						"CREATE TABLE spelled (status varchar(255));ALTER TABLE spelled ADD CONSTRAINT spelled_status_check CHECK"
								+ " (status::text = ANY (ARRAY['A'::character varying, 'B'::character varying]::text[]))"),
				List.of("CREATE TABLE spelled (status varchar(20), CHECK (status IN ('A', 'B')))",
						"CREATE TABLE spelled (status varchar(20) CHECK"
								+ " (status::text = ANY (ARRAY['A'::character varying::text, 'B'::character varying::text])))"),
				List.of("CREATE TABLE spelled (n int CHECK (n between 0 and 2))",
						"CREATE TABLE spelled (n int CHECK (n >= 0 AND n <= 2))"));
	}

	@Override
	List<List<String>> differentSchemas() {
		return List.of(List.of("CREATE TABLE spelled (a timestamp(3))", "CREATE TABLE spelled (a timestamp(6))"),
				List.of("CREATE TABLE spelled (a timestamp(3) with time zone)", "CREATE TABLE spelled (a timestamptz)"),
				List.of("CREATE TABLE spelled (a time(0))", "CREATE TABLE spelled (a time)"),
				List.of("CREATE TABLE spelled (status varchar(255) CHECK (status in ('A','B')))",
						"CREATE TABLE spelled (status varchar(255) CHECK (status in ('A','C')))"));
	}

	@Override
	List<String> constraintSchema() {
		return PostgresCorpus.CONSTRAINTS;
	}

}
