package dev.migrate.core.catalog;

import java.util.List;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.PostgresFixture;

class PostgresRoundTripTest extends RoundTripContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new PostgresFixture();
	}

	@Override
	List<String> base() {
		return PostgresCorpus.BASE;
	}

	@Override
	List<SchemaChange> changes() {
		return PostgresCorpus.CHANGES;
	}

}
