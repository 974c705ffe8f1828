package dev.migrate.core.catalog;

import java.util.List;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.H2Fixture;

class H2RoundTripTest extends RoundTripContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new H2Fixture();
	}

	@Override
	List<String> base() {
		return H2Corpus.BASE;
	}

	@Override
	List<SchemaChange> changes() {
		return H2Corpus.CHANGES;
	}

}
