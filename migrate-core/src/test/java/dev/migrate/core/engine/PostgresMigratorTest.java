package dev.migrate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.migrate.core.history.Outcome;
import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.PostgresFixture;

class PostgresMigratorTest extends MigratorContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new PostgresFixture();
	}

	@Override
	protected void assertFailureLeft(Migrator migrator, Revisions revisions) {
		assertThat(tableExists("audit")).as("the failed revision's first statement was rolled back").isFalse();
		assertThat(migrator.history()).last().satisfies(row -> {
			assertThat(row.entry().revision()).isEqualTo("r4");
			assertThat(row.entry().outcome()).isEqualTo(Outcome.ROLLED_BACK);
			assertThat(row.entry().failedStatement()).isEqualTo(2);
		});
		assertThat(migrator.status("heads").state()).as("a rolled-back failure does not block").isEqualTo(State.PENDING);
	}

	@Test
	void nonTransactionalFailureIsRecordedAndBlocksUntilResolved() {
		Revisions revisions = new Revisions().add("n1", "none",
				"CREATE TABLE t1 (id int primary key);\nCREATE TABLE t2 (id int primary key);\nCREATE TABLE t1 (id int);",
				"DROP TABLE t2;\nDROP TABLE t1;", "-- transactional: false\n");
		Migrator migrator = migrator(revisions.graph());
		assertThatThrownBy(() -> migrator.upgrade("heads")).isInstanceOf(RevisionFailedException.class)
			.hasMessageContaining("statement 3 of 3")
			.hasMessageContaining("2 statement(s) before it stay")
			.hasMessageContaining("migrate resolve n1");
		assertThat(tableExists("t2")).isTrue();
		assertThat(migrator.status("heads").state()).isEqualTo(State.FAILED);
		assertThatThrownBy(() -> migrator.upgrade("heads")).isInstanceOf(RecordedFailureException.class)
			.hasMessageContaining("after 2 statement(s) ran; statement 3 failed")
			.hasMessageContaining("migrate resolve n1 --applied");
		migrator.resolve("n1", true);
		assertThat(migrator.current()).containsExactly("n1");
		assertThat(migrator.status("heads").state()).isEqualTo(State.UP_TO_DATE);
	}

}
