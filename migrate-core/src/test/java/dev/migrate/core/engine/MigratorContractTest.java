package dev.migrate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.core.dialect.TableNames;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.history.HistoryRow;
import dev.migrate.core.history.Outcome;
import dev.migrate.core.lock.DatabaseLocks;
import dev.migrate.core.lock.HeldLock;
import dev.migrate.core.lock.LockListener;
import dev.migrate.core.lock.LockSettings;
import dev.migrate.core.plan.IrreversibleRevisionException;
import dev.migrate.core.plan.Operation;
import dev.migrate.core.testsupport.DatabaseContractTest;

/** The engine's behaviour, written once and run on each database by a small subclass. */
abstract class MigratorContractTest extends DatabaseContractTest {

	protected Migrator migrator(RevisionGraph graph) {
		return migrator(graph, MigrateSettings.defaults());
	}

	protected Migrator migrator(RevisionGraph graph, MigrateSettings settings) {
		LockSettings lock = settings.lock();
		MigrateSettings quick = settings.withLock(new LockSettings(lock.namespace(), lock.schema(), lock.lockTable(),
				Duration.ofSeconds(20), lock.lease(), lock.logInterval()));
		return new Migrator(this.database.dataSource(), graph, quick);
	}

	protected List<String> query(String sql) {
		List<String> values = new ArrayList<>();
		try (Connection connection = this.database.connection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return values;
	}

	/** The version rows, read with the exact (quoted) table name migrate uses. */
	protected List<String> versions() {
		return query("SELECT version_num FROM " + this.database.dialect().quote("migrate_version") + " ORDER BY 1");
	}

	/** Whether a table exists under its exact name or, as unquoted names fold on H2, in upper case. */
	protected boolean tableExists(String table) {
		try (Connection connection = this.database.connection()) {
			dev.migrate.core.dialect.DatabaseCatalog catalog = new dev.migrate.core.dialect.DatabaseCatalog(
					this.database.dialect());
			return catalog.tableExists(connection, this.database.schema(), table)
					|| catalog.tableExists(connection, this.database.schema(), table.toUpperCase(java.util.Locale.ROOT));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void dialectSaysTheTruthAboutTransactionalDdl() throws SQLException {
		try (Connection connection = this.database.connection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			statement.execute("CREATE TABLE ddl_probe (id int)");
			connection.rollback();
		}
		assertThat(tableExists("ddl_probe")).isEqualTo(!this.database.dialect().supportsTransactionalDdl());
	}

	@Test
	void emptyDatabaseRunsTheWholeChainAndRecordsIt() {
		MigrationResult result = migrator(Revisions.chain().graph()).upgrade("heads");
		assertThat(result.applied()).containsExactly("r1", "r2", "r3");
		assertThat(result.after()).containsExactly("r3");
		assertThat(versions()).containsExactly("r3");
		assertThat(query("SELECT name FROM customers ORDER BY id")).containsExactly("Ada; Lovelace", "Grace");
		List<HistoryRow> history = migrator(Revisions.chain().graph()).history();
		assertThat(history).extracting(row -> row.entry().revision()).containsExactly("r1", "r2", "r3");
		assertThat(history).allSatisfy(row -> {
			assertThat(row.entry().outcome()).isEqualTo(Outcome.SUCCESS);
			assertThat(row.entry().operation()).isEqualTo(Operation.UPGRADE);
			assertThat(row.entry().checksum()).hasSize(64);
			assertThat(row.entry().finishedAt()).isNotNull();
		});
		assertThat(history.get(2).entry().statementsRun()).isEqualTo(2);
		assertThat(history.get(1).entry().downRevisions()).containsExactly("r1");
	}

	@Test
	void managedDatabaseRunsOnlyPendingRevisions() {
		migrator(Revisions.chain().graph()).upgrade("r2");
		Migrator migrator = migrator(Revisions.chain().graph());
		assertThat(migrator.status("heads").state()).isEqualTo(State.PENDING);
		assertThat(migrator.status("heads").pending()).extracting(r -> r.id()).containsExactly("r3");
		assertThat(migrator.upgrade("heads").applied()).containsExactly("r3");
		assertThat(migrator.upgrade("heads").applied()).isEmpty();
		assertThat(migrator.status("heads").state()).isEqualTo(State.UP_TO_DATE);
	}

	@Test
	void legacySchemaWithoutBaselineIsRefusedAndLeftUntouched() {
		this.database.execute("CREATE TABLE customers (id int primary key, name varchar(50))",
				"INSERT INTO customers (id, name) VALUES (7, 'kept')");
		Migrator migrator = migrator(Revisions.chain().graph());
		assertThat(migrator.status("heads").state()).isEqualTo(State.LEGACY);
		assertThatThrownBy(() -> migrator.upgrade("heads")).isInstanceOf(LegacySchemaException.class)
			.hasMessageContainingAll("1 table(s)", "migrate.baseline.revision")
			.satisfies(ex -> assertThat(((LegacySchemaException) ex).tables()).singleElement()
				.satisfies(name -> assertThat(name).isEqualToIgnoringCase("customers")));
		assertThat(tableExists("migrate_version")).isFalse();
		assertThat(tableExists("migrate_history")).isFalse();
		assertThat(query("SELECT name FROM customers")).containsExactly("kept");
	}

	@Test
	void legacySchemaWithBaselineIsStampedAndUpgradedInPlace() {
		this.database.execute("CREATE TABLE customers (id int primary key, name varchar(50))",
				"INSERT INTO customers (id, name) VALUES (7, 'kept')");
		Migrator migrator = migrator(Revisions.chain().graph(), MigrateSettings.defaults().withBaseline("r1"));
		assertThat(migrator.status("heads").pending()).extracting(r -> r.id()).containsExactly("r2", "r3");
		MigrationResult result = migrator.upgrade("heads");
		assertThat(result.applied()).containsExactly("r2", "r3");
		assertThat(query("SELECT name FROM customers ORDER BY id")).containsExactly("Ada; Lovelace", "Grace", "kept");
		assertThat(migrator.history()).extracting(row -> row.entry().operation())
			.containsExactly(Operation.STAMP, Operation.UPGRADE, Operation.UPGRADE);
	}

	@Test
	void databaseAheadOfTheCodeIsReportedAndNothingRuns() {
		Revisions newer = Revisions.chain().add("r4", "r3", "CREATE TABLE invoices (id int primary key);",
				"DROP TABLE invoices;");
		migrator(newer.graph()).upgrade("heads");
		Migrator older = migrator(Revisions.chain().graph());
		MigrationStatus status = older.status("heads");
		assertThat(status.state()).isEqualTo(State.AHEAD);
		assertThat(status.unknown()).containsExactly("r4");
		MigrationResult result = older.upgrade("heads");
		assertThat(result.state()).isEqualTo(State.AHEAD);
		assertThat(result.applied()).isEmpty();
		assertThat(versions()).containsExactly("r4");
	}

	@Test
	void databaseOnAnotherLineIsRefusedAsDiverged() {
		Revisions other = new Revisions().add("r1", "none", "CREATE TABLE customers (id int primary key);", null)
			.add("x2", "r1", "CREATE TABLE other_line (id int primary key);", null);
		migrator(other.graph()).upgrade("heads");
		Migrator code = migrator(Revisions.chain().graph());
		assertThatThrownBy(() -> code.upgrade("heads")).isInstanceOf(DivergedException.class)
			.hasMessageContaining("x2")
			.hasMessageContaining("r2");
		assertThat(tableExists("orders")).isFalse();
		MigrationStatus status = code.status("heads");
		assertThat(status.state()).as("this version cannot work with the database").isEqualTo(State.FAILED);
		assertThat(status.unknown()).containsExactly("x2");
		assertThat(status.reason()).isEqualTo(Reason.DIVERGED);
		assertThat(status.detail()).contains("diverged").contains("r2");
		assertThat(status.pending()).as("this code's revisions the database lacks")
			.extracting(dev.migrate.core.revision.Revision::id).containsExactly("r2", "r3");
	}

	@Test
	void changedChecksumOfAnAppliedRevisionStopsTheRun() {
		migrator(Revisions.chain().graph()).upgrade("r2");
		Revisions edited = new Revisions()
			.add("r1", "none", "CREATE TABLE customers (id int primary key, name varchar(80));", "DROP TABLE customers;")
			.add("r2", "r1", "CREATE TABLE orders (id int primary key, customer_id int);", "DROP TABLE orders;")
			.add("r3", "r2", "SELECT 1;", null);
		assertThatThrownBy(() -> migrator(edited.graph()).upgrade("heads"))
			.isInstanceOf(ChecksumMismatchException.class)
			.hasMessageContaining("r1 (db/revisions/r1_test.sql)")
			.hasMessageContaining("--accept-checksum");
		assertThat(versions()).containsExactly("r2");
		MigrationResult relaxed = migrator(edited.graph(), MigrateSettings.defaults().withValidateChecksums(false))
			.upgrade("heads");
		assertThat(relaxed.applied()).containsExactly("r3");
	}

	@Test
	void downgradeRunsDowngradeSectionsNewestFirst() {
		Migrator migrator = migrator(Revisions.chain().graph());
		migrator.upgrade("heads");
		MigrationResult result = migrator.downgrade("r1");
		assertThat(result.applied()).containsExactly("r3", "r2");
		assertThat(versions()).containsExactly("r1");
		assertThat(tableExists("orders")).isFalse();
		assertThat(query("SELECT count(*) FROM customers")).containsExactly("0");
		migrator.downgrade("base");
		assertThat(versions()).isEmpty();
		assertThat(tableExists("customers")).isFalse();
	}

	@Test
	void irreversibleDowngradeIsRefusedBeforeAnythingRuns() {
		Revisions revisions = Revisions.chain().add("r4", "r3", "CREATE TABLE audit (id int primary key);", null);
		Migrator migrator = migrator(revisions.graph());
		migrator.upgrade("heads");
		assertThatThrownBy(() -> migrator.downgrade("r2")).isInstanceOf(IrreversibleRevisionException.class)
			.hasMessageContaining("r4");
		assertThat(versions()).containsExactly("r4");
		assertThat(tableExists("audit")).isTrue();
	}

	@Test
	void failureInTheMiddleKeepsEarlierRevisionsAndNamesTheFailingStatement() {
		Revisions revisions = Revisions.chain()
			.add("r4", "r3", "CREATE TABLE audit (id int primary key);\nINSERT INTO no_such_table VALUES (1);",
					"DROP TABLE audit;")
			.add("r5", "r4", "CREATE TABLE never (id int primary key);", "DROP TABLE never;");
		Migrator migrator = migrator(revisions.graph());
		assertThatThrownBy(() -> migrator.upgrade("heads")).isInstanceOf(RevisionFailedException.class)
			.hasMessageContaining("revision r4 (db/revisions/r4_test.sql, line 7)")
			.hasMessageContaining("statement 2 of 2")
			.satisfies(ex -> assertThat(((RevisionFailedException) ex).line()).isEqualTo(7));
		assertThat(versions()).containsExactly("r3");
		assertThat(tableExists("never")).isFalse();
		assertFailureLeft(migrator, revisions);
	}

	/**
	 * What a failed revision leaves: rolled back where DDL is transactional, recorded as a
	 * blocking failure where it is not.
	 */
	protected abstract void assertFailureLeft(Migrator migrator, Revisions revisions);

	@Test
	void revisionRunningOutsideATransactionInAnotherRunIsReportedAsRunningNotFailed() throws Exception {
		java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		Revisions revisions = Revisions.chain().add(new dev.migrate.core.revision.JavaRevision() {

			@Override
			public String revision() {
				return "slow4";
			}

			@Override
			public List<String> downRevisions() {
				return List.of("r3");
			}

			@Override
			public boolean transactional() {
				return false;
			}

			@Override
			public void upgrade(Connection connection) throws Exception {
				started.countDown();
				release.await(60, java.util.concurrent.TimeUnit.SECONDS);
			}

		});
		java.util.concurrent.CompletableFuture<MigrationResult> running = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> migrator(revisions.graph()).upgrade("heads"));
		try {
			assertThat(started.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			MigrationStatus status = migrator(revisions.graph()).status("heads");
			assertThat(status.state()).isEqualTo(State.RUNNING);
			assertThat(status.detail()).contains("slow4").contains("holding the lock");
		}
		finally {
			release.countDown();
		}
		assertThat(running.get(30, java.util.concurrent.TimeUnit.SECONDS).applied()).endsWith("slow4");
		assertThat(migrator(revisions.graph()).status("heads").state()).isEqualTo(State.UP_TO_DATE);
	}

	@Test
	void aRunWaitingForTheLockStopsOnceAnotherRunsCommitLeavesItNothingToDo() throws Exception {
		RevisionGraph graph = Revisions.chain().graph();
		migrator(graph).upgrade("r1");
		MigrateSettings settings = MigrateSettings.defaults()
			.withLock(MigrateSettings.defaults().lock().withTimeout(Duration.ofSeconds(30)));
		HeldLock held = holdTheLock(settings);
		try {
			java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
			LockListener listener = new LockListener() {

				@Override
				public void waiting(String description, Duration waited) {
					waiting.countDown();
				}

			};
			List<Duration> noLongerNeeded = new java.util.concurrent.CopyOnWriteArrayList<>();
			MigrateListener events = new MigrateListener() {

				@Override
				public void lockNoLongerNeeded(Duration waited) {
					noLongerNeeded.add(waited);
				}

			};
			java.util.concurrent.CompletableFuture<MigrationResult> waiter = java.util.concurrent.CompletableFuture
				.supplyAsync(() -> new Migrator(this.database.dataSource(), graph, settings, java.time.Clock.systemUTC(),
						events, listener, null)
					.upgrade("heads"));
			assertThat(waiting.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("the run waits for the lock").isTrue();
			// another run, which this test lets past the held lock through another namespace, applies r2 and r3
			MigrationResult other = migrator(graph, settings.withLock(settings.lock().withNamespace("elsewhere")))
				.upgrade("heads");
			assertThat(other.applied()).containsExactly("r2", "r3");
			MigrationResult result = waiter.get(10, java.util.concurrent.TimeUnit.SECONDS);
			assertThat(result.state()).isEqualTo(State.UP_TO_DATE);
			assertThat(result.applied()).isEmpty();
			assertThat(result.after()).containsExactly("r3");
			assertThat(result.lockWaitMillis()).isPositive();
			assertThat(noLongerNeeded).singleElement().satisfies(waited -> assertThat(waited).isPositive());
		}
		finally {
			held.close();
		}
		assertThat(migrator(graph).history()).extracting(row -> row.entry().revision()).containsExactly("r1", "r2", "r3");
	}

	@Test
	void aRunWaitingForTheLockStillWaitsWhileItsWorkIsNotDone() throws Exception {
		RevisionGraph graph = Revisions.chain().graph();
		migrator(graph).upgrade("r1");
		// another run gets r2 in, but r3 is still to do: the waiter must not give up
		java.util.concurrent.CompletableFuture<MigrationResult> waiter = stillWaitingAfter(graph,
				(elsewhere) -> migrator(graph, elsewhere).upgrade("r2"), "r3 is still to do");
		assertThat(waiter.get(20, java.util.concurrent.TimeUnit.SECONDS).applied()).containsExactly("r3");
	}

	@Test
	void aRunWaitingForTheLockDoesNotStopWhenAnotherRunReachedItsHeadWithADifferentFile() throws Exception {
		RevisionGraph graph = Revisions.chain().graph();
		RevisionGraph otherGraph = new Revisions()
			.add("r1", "none", "CREATE TABLE customers (id int primary key, name varchar(50));", "DROP TABLE customers;")
			.add("r2", "r1", "CREATE TABLE orders (id int primary key, customer_id int);", "DROP TABLE orders;")
			.add("r3", "r2", "INSERT INTO customers (id, name) VALUES (3, 'Edited');", "DELETE FROM customers;")
			.graph();
		migrator(graph).upgrade("r1");
		// the version rows reach the waiter's head, but r3 went in from another file than the waiter's
		java.util.concurrent.CompletableFuture<MigrationResult> waiter = stillWaitingAfter(graph,
				(elsewhere) -> migrator(otherGraph, elsewhere).upgrade("heads"),
				"the version rows alone look done; the checksums do not");
		assertThatThrownBy(() -> waiter.get(20, java.util.concurrent.TimeUnit.SECONDS))
			.hasCauseInstanceOf(ChecksumMismatchException.class);
	}

	private HeldLock holdTheLock(MigrateSettings settings) {
		return DatabaseLocks.forDialect(this.database.dialect(), this.database.dataSource(),
				settings.lock().withSchema(this.database.schema()), java.time.Clock.systemUTC(), LockListener.NONE)
			.acquire();
	}

	/**
	 * Starts an upgrade of {@code graph} to heads while this test holds the lock, lets another run
	 * past the lock (with the settings it is given, another namespace), checks that the upgrade is
	 * still waiting 800 ms later, and releases the lock.
	 */
	private java.util.concurrent.CompletableFuture<MigrationResult> stillWaitingAfter(RevisionGraph graph,
			java.util.function.Consumer<MigrateSettings> otherRun, String why) throws InterruptedException {
		MigrateSettings settings = MigrateSettings.defaults();
		try (HeldLock held = holdTheLock(settings)) {
			java.util.concurrent.CompletableFuture<MigrationResult> waiter = java.util.concurrent.CompletableFuture
				.supplyAsync(() -> migrator(graph).upgrade("heads"));
			otherRun.accept(settings.withLock(settings.lock().withNamespace("elsewhere")));
			Thread.sleep(800);
			assertThat(waiter).as(why).isNotDone();
			return waiter;
		}
	}

	@Test
	void stampMovesTheVersionRowsWithoutRunning() {
		Migrator migrator = migrator(Revisions.chain().graph());
		MigrationResult result = migrator.stamp("r2", false);
		assertThat(result.after()).containsExactly("r2");
		assertThat(tableExists("customers")).isFalse();
		assertThat(migrator.history()).extracting(row -> row.entry().operation()).containsExactly(Operation.STAMP);
		assertThat(migrator.status("heads").pending()).extracting(r -> r.id()).containsExactly("r3");
	}

	@Test
	void tablesGoToTheConfiguredSchemaWithConfiguredNames() {
		String schema = this.database.createSchema();
		MigrateSettings settings = MigrateSettings.defaults()
			.withTables(new TableNames(schema, "app_versions", "app_history"));
		Migrator migrator = migrator(new Revisions().add("s1", "none", "SELECT 1;", null).graph(), settings);
		migrator.upgrade("heads");
		assertThat(migrator.current()).containsExactly("s1");
		assertThat(tableExists("app_versions")).as("not in the connection's schema").isFalse();
		assertThat(migrator.status("heads").state()).isEqualTo(State.UP_TO_DATE);
	}

}
