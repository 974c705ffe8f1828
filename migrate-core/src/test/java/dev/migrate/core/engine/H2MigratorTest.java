package dev.migrate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.core.history.Outcome;
import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.H2Fixture;

class H2MigratorTest extends MigratorContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new H2Fixture();
	}

	@Override
	protected void assertFailureLeft(Migrator migrator, Revisions revisions) {
		assertThat(tableExists("audit")).as("H2 commits DDL implicitly: the first statement stays").isTrue();
		assertThat(migrator.history()).last().satisfies(row -> {
			assertThat(row.entry().revision()).isEqualTo("r4");
			assertThat(row.entry().outcome()).isEqualTo(Outcome.FAILED);
			assertThat(row.entry().statementsRun()).isEqualTo(1);
		});
		assertThatThrownBy(() -> migrator.upgrade("heads")).isInstanceOf(RecordedFailureException.class);
		migrator.resolve("r4", true);
		assertThat(migrator.current()).containsExactly("r4");
	}

}
