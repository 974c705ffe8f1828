package dev.migrate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.history.HistoryRow;
import dev.migrate.core.lock.LockSettings;
import dev.migrate.core.plan.Operation;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.testsupport.DatabaseContractTest;

/**
 * What the status says against what upgrade does: every state that upgrade refuses is reported as
 * such, with the pending revisions listed; and what the history table must hold. Run on each
 * database by a small subclass.
 */
abstract class StateContractTest extends DatabaseContractTest {

	protected Migrator migrator(RevisionGraph graph) {
		return migrator(graph, MigrateSettings.defaults());
	}

	protected Migrator migrator(RevisionGraph graph, MigrateSettings settings) {
		LockSettings lock = settings.lock();
		return new Migrator(this.database.dataSource(), graph, settings.withLock(new LockSettings(lock.namespace(),
				lock.schema(), lock.lockTable(), Duration.ofSeconds(20), lock.lease(), lock.logInterval())));
	}

	private static Revisions editedChain() {
		return new Revisions()
			.add("r1", "none", "CREATE TABLE customers (id int primary key, name varchar(80));", "DROP TABLE customers;")
			.add("r2", "r1", "CREATE TABLE orders (id int primary key, customer_id int);", "DROP TABLE orders;")
			.add("r3", "r2", "INSERT INTO customers (id, name) VALUES (1, 'Ada; Lovelace');\n"
					+ "INSERT INTO customers (id, name) VALUES (2, 'Grace');", "DELETE FROM customers;");
	}

	@Test
	void anEditedAppliedRevisionIsReportedAsTheFailureUpgradeRefusesWithThePendingListed() {
		migrator(Revisions.chain().graph()).upgrade("r2");
		Migrator edited = migrator(editedChain().graph());
		MigrationStatus status = edited.status("heads");
		assertThat(status.state()).isEqualTo(State.FAILED);
		assertThat(status.reason()).isEqualTo(Reason.CHECKSUM_MISMATCH);
		assertThat(status.pending()).extracting(Revision::id).containsExactly("r3");
		assertThatThrownBy(() -> edited.upgrade("heads")).isInstanceOf(ChecksumMismatchException.class)
			.hasMessage(status.detail());
		assertThat(StatusView.of(status, "heads")).satisfies(view -> {
			assertThat(view.reason()).isEqualTo("checksum-mismatch");
			assertThat(view.pendingCount()).isEqualTo(1);
		});
	}

	@Test
	void anEditAcceptedByHandNoLongerStopsUpgrades() {
		migrator(Revisions.chain().graph()).upgrade("r2");
		Migrator edited = migrator(editedChain().graph());
		assertThatThrownBy(() -> edited.upgrade("heads")).hasMessageContaining("migrate resolve r1 --accept-checksum");
		MigrationResult accepted = edited.acceptChecksum("r1");
		assertThat(accepted.command()).isEqualTo("resolve");
		assertThat(accepted.target()).isEqualTo("r1");
		assertThat(accepted.state()).isEqualTo(State.PENDING);
		assertThat(edited.status("heads").state()).isEqualTo(State.PENDING);
		assertThat(edited.upgrade("heads").applied()).containsExactly("r3");
		assertThat(edited.history()).filteredOn(row -> row.entry().operation() == Operation.STAMP).singleElement()
			.satisfies(row -> assertThat(row.entry().message()).contains("accepted the edited file"));
		assertThatThrownBy(() -> edited.acceptChecksum("r1")).hasMessageContaining("unchanged");
	}

	/** A revision outside a transaction whose second statement fails, and one after it. */
	private static Revisions failingOutsideATransaction() {
		return Revisions.chain()
			.add("bbbb00000004", "r3", "CREATE TABLE audit (id int primary key);\nINSERT INTO no_such_table VALUES (1);",
					"DROP TABLE audit;", "-- transactional: false\n")
			.add("cccc00000005", "bbbb00000004", "CREATE TABLE never (id int primary key);", "DROP TABLE never;");
	}

	@Test
	void aRecordedFailureListsThePendingRevisions() {
		Migrator migrator = migrator(failingOutsideATransaction().graph());
		assertThatThrownBy(() -> migrator.upgrade("heads")).isInstanceOf(RevisionFailedException.class);
		MigrationStatus status = migrator.status("heads");
		assertThat(status.state()).isEqualTo(State.FAILED);
		assertThat(status.reason()).isEqualTo(Reason.RECORDED_FAILURE);
		assertThat(status.pending()).extracting(Revision::id).containsExactly("bbbb00000004", "cccc00000005");
		assertThatThrownBy(() -> migrator.upgrade("heads")).isInstanceOf(RecordedFailureException.class)
			.hasMessage(status.detail());
	}

	@Test
	void resolveTakesAUniquePrefixAndReportsTheStateAfterwards() {
		Migrator migrator = migrator(failingOutsideATransaction().graph());
		assertThatThrownBy(() -> migrator.upgrade("heads")).isInstanceOf(RevisionFailedException.class);
		this.database.execute("DROP TABLE audit");
		MigrationResult resolved = migrator.resolve("bbbb", false);
		assertThat(resolved.command()).isEqualTo("resolve");
		assertThat(resolved.target()).isEqualTo("bbbb00000004");
		assertThat(resolved.state()).as("two revisions are still pending").isEqualTo(State.PENDING);
		assertThat(migrator.status("heads").pending()).extracting(Revision::id)
			.containsExactly("bbbb00000004", "cccc00000005");
		assertThatThrownBy(() -> migrator.resolve("bbbb", false)).hasMessageContaining("'migrate log'");
	}

	@Test
	void locationsWithoutRevisionsAreAConfigurationErrorNotAnOlderVersion() {
		migrator(Revisions.chain().graph()).upgrade("heads");
		MigrateSettings typo = MigrateSettings.defaults().withLocations(List.of("classpath:db/typo"));
		Migrator empty = migrator(RevisionGraph.of(List.of()), typo);
		MigrationStatus status = empty.status("heads");
		assertThat(status.state()).isEqualTo(State.FAILED);
		assertThat(status.reason()).isEqualTo(Reason.NO_REVISIONS);
		assertThat(status.detail()).contains("classpath:db/typo");
		assertThatThrownBy(() -> empty.upgrade("heads")).isInstanceOf(NoRevisionsException.class)
			.hasMessageContaining("No revision found in classpath:db/typo")
			.satisfies(ex -> assertThat(((NoRevisionsException) ex).code()).isEqualTo(ErrorCode.USAGE));
		assertThat(migrator(Revisions.chain().graph()).current()).containsExactly("r3");
	}

	/** Twenty parents with 60-character ids: more than the 1,000 characters the first release stored. */
	private static Revisions wideMerge() {
		Revisions revisions = new Revisions().add("root", "none", "SELECT 1;", null);
		List<String> parents = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String id = "p" + String.format("%02d", i) + "_".repeat(57);
			revisions.add(id, "root", "SELECT 1;", null);
			parents.add(id);
		}
		return revisions.add("merged", String.join(", ", parents), "SELECT 1;", null);
	}

	@Test
	void aWideMergeIsRecordedWhole() {
		MigrationResult result = migrator(wideMerge().graph()).upgrade("heads");
		assertThat(result.after()).containsExactly("merged");
		assertThat(migrator(wideMerge().graph()).history()).last()
			.satisfies(row -> assertThat(row.entry().downRevisions()).hasSize(20));
	}

	@Test
	void aHistoryTableOfThePreviousReleaseIsWidenedOnFirstUse() throws SQLException {
		this.database.execute(previousReleaseTables());
		String historyName = this.database.dialect().quote(historyTable());
		this.database.execute("INSERT INTO " + this.database.dialect().quote("migrate_version") + " VALUES ('root')",
				"INSERT INTO " + historyName + " (revision, operation, down_revisions, checksum, message, started_at, "
						+ "finished_at, duration_ms, applied_by, outcome, statements_run) VALUES ('root', 'stamp', '', NULL, "
						+ "'by the previous release', " + this.database.dialect().timestampLiteral(java.time.Instant.now())
						+ ", NULL, 0, 'test', 'SUCCESS', 0)");
		int before = downRevisionsWidth();
		assertThat(before).isBetween(1000, 4000);
		assertThat(migrator(wideMerge().graph()).status("heads").pending()).hasSize(21);
		MigrationResult result = migrator(wideMerge().graph()).upgrade("heads");
		assertThat(result.after()).containsExactly("merged");
		assertThat(downRevisionsWidth()).isNotEqualTo(before);
		List<HistoryRow> history = migrator(wideMerge().graph()).history();
		assertThat(history).first().satisfies(row -> assertThat(row.entry().operation()).isEqualTo(Operation.STAMP));
		assertThat(history).last().satisfies(row -> assertThat(row.entry().downRevisions()).hasSize(20));
	}

	/** The tables as the first release created them, with its history DDL verbatim but for the types. */
	protected abstract String[] previousReleaseTables();

	private int downRevisionsWidth() throws SQLException {
		try (Connection connection = this.database.connection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"SELECT * FROM " + this.database.dialect().quote(historyTable()) + " WHERE 1 = 0")) {
			ResultSetMetaData meta = rows.getMetaData();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				if (meta.getColumnLabel(i).equalsIgnoreCase("down_revisions")) {
					return meta.getPrecision(i);
				}
			}
		}
		throw new AssertionError("no down_revisions column");
	}

	protected String historyTable() {
		return "migrate_history";
	}

}
