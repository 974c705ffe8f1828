package dev.migrate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.core.history.Outcome;
import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.MariaDbFixture;

class MariaDbMigratorTest extends MigratorContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new MariaDbFixture();
	}

	@Override
	protected void assertFailureLeft(Migrator migrator, Revisions revisions) {
		assertThat(tableExists("audit")).as("MariaDB commits DDL: the first statement stays").isTrue();
		assertThat(migrator.history()).last().satisfies(row -> {
			assertThat(row.entry().revision()).isEqualTo("r4");
			assertThat(row.entry().outcome()).isEqualTo(Outcome.FAILED);
			assertThat(row.entry().statementsRun()).isEqualTo(1);
			assertThat(row.entry().failedStatement()).isEqualTo(2);
		});
		assertThat(migrator.status("heads").state()).isEqualTo(State.FAILED);
		assertThatThrownBy(() -> migrator.upgrade("heads")).isInstanceOf(RecordedFailureException.class)
			.hasMessageContaining("r4")
			.hasMessageContaining("--rolled-back");
		this.database.execute("DROP TABLE audit");
		migrator.resolve("r4", false);
		assertThat(migrator.current()).containsExactly("r3");
		assertThat(migrator.status("heads").state()).isEqualTo(State.PENDING);
	}

}
