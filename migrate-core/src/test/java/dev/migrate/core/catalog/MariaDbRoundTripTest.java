package dev.migrate.core.catalog;

import java.util.List;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.MariaDbFixture;

class MariaDbRoundTripTest extends RoundTripContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new MariaDbFixture();
	}

	@Override
	List<String> base() {
		return MariaDbCorpus.BASE;
	}

	@Override
	List<SchemaChange> changes() {
		return MariaDbCorpus.CHANGES;
	}

}
