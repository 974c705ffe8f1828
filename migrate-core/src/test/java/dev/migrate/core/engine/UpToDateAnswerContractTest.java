package dev.migrate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.testsupport.DatabaseContractTest;
import dev.migrate.core.testsupport.QueryCounter;

/**
 * {@link Migrator#checkUpToDate} and {@link Migrator#upgrade(String, UpToDate)}: the application
 * asks while it starts whether its upgrade will have anything to do, and its upgrade takes that
 * answer. Written once and run on each database.
 */
abstract class UpToDateAnswerContractTest extends DatabaseContractTest {

	private final QueryCounter queries = new QueryCounter();

	private final List<MigrationResult> finished = new CopyOnWriteArrayList<>();

	private Migrator migrator(RevisionGraph graph) {
		MigrateListener listener = new MigrateListener() {

			@Override
			public void finished(MigrationResult result) {
				UpToDateAnswerContractTest.this.finished.add(result);
			}

		};
		return new Migrator(this.queries.wrap(this.database.dataSource()), graph, MigrateSettings.defaults(),
				Clock.systemUTC(), listener, null, null);
	}

	@Test
	void anUpToDateDatabaseAnswersWithItsRowsAndTheUpgradeTakesTheAnswerWithoutTheDatabase() {
		Migrator migrator = migrator(Revisions.chain().graph());
		migrator.upgrade("heads");
		this.finished.clear();
		Optional<UpToDate> known = migrator.checkUpToDate("heads");
		assertThat(known).hasValueSatisfying(answer -> {
			assertThat(answer.target()).isEqualTo("heads");
			assertThat(answer.rows()).containsExactly("r3");
			assertThat(answer.finishedAt()).isAfterOrEqualTo(answer.startedAt());
		});
		assertThat(this.finished).as("asking is not a run").isEmpty();
		this.queries.reset();
		MigrationResult result = migrator.upgrade("heads", known.get());
		assertThat(this.queries.count()).isZero();
		assertThat(result.state()).isEqualTo(State.UP_TO_DATE);
		assertThat(result.succeeded()).isTrue();
		assertThat(result.before()).containsExactly("r3");
		assertThat(result.after()).containsExactly("r3");
		assertThat(result.applied()).isEmpty();
		assertThat(result.startedAt()).isEqualTo(known.get().startedAt());
		assertThat(this.finished).containsExactly(result);
	}

	@Test
	void anythingToDoAnswersNothingAndTheUpgradeDoesIt() {
		Migrator migrator = migrator(Revisions.chain().graph());
		migrator.upgrade("r2");
		assertThat(migrator.checkUpToDate("heads")).isEmpty();
		assertThat(migrator.checkUpToDate("r2")).hasValueSatisfying(answer -> assertThat(answer.rows()).containsExactly("r2"));
		assertThat(migrator.upgrade("heads", null).applied()).containsExactly("r3");
	}

	@Test
	void anAnswerForAnotherTargetIsNotTaken() {
		Migrator migrator = migrator(Revisions.chain().graph());
		migrator.upgrade("r2");
		UpToDate atR2 = migrator.checkUpToDate("r2").orElseThrow();
		MigrationResult result = migrator.upgrade("heads", atR2);
		assertThat(result.applied()).containsExactly("r3");
		assertThat(result.after()).containsExactly("r3");
	}

	@Test
	void aDatabaseMigrateHasNotSeenAnswersNothingAndStaysUntouched() {
		Migrator migrator = migrator(Revisions.chain().graph());
		assertThat(migrator.checkUpToDate("heads")).isEmpty();
		assertThat(migrator.current()).isEmpty();
		assertThat(migrator.status("heads").state()).isEqualTo(State.PENDING);
		assertThat(this.finished).isEmpty();
	}

}
