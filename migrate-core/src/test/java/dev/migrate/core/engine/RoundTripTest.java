package dev.migrate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.migrate.core.testsupport.DatabaseContractTest;
import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.PostgresFixture;

/**
 * Counts the calls that go to the server (statement executions, commits, rollbacks) on a real
 * PostgreSQL: per revision, its statements, one bookkeeping batch and the commit, nothing more.
 */
class RoundTripTest extends DatabaseContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new PostgresFixture();
	}

	@Test
	void eachRevisionCostsItsStatementsPlusOneBatchAndOneCommit() throws SQLException {
		int five = upgradeCounting(5);
		this.database.close();
		this.database = createDatabase();
		int ten = upgradeCounting(10);
		System.out.println("round trips for 5 / 10 revisions: " + five + " / " + ten);
		assertThat(ten - five).as("five more one-statement revisions").isEqualTo(5 * 3);
	}

	@Test
	void anUpToDateRunReadsTheStateOnceAndRunsNothing() throws SQLException {
		Revisions revisions = revisions(10);
		new Migrator(this.database.dataSource(), revisions.graph(), MigrateSettings.defaults()).upgrade("head");
		AtomicInteger calls = new AtomicInteger();
		new Migrator(counting(this.database.dataSource(), calls), revisions.graph(), MigrateSettings.defaults())
			.upgrade("head");
		System.out.println("round trips of an up-to-date run: " + calls.get());
		// lock + unlock, version table check, versions, history table check, history
		assertThat(calls.get()).as("schema, version table exists, version rows, narrow history").isLessThanOrEqualTo(4);
	}

	@Test
	void theStatusOfAHealthyDatabaseDoesNotReadTheHistoryButThatOfAFailedOneShowsTheFailure() {
		Revisions revisions = revisions(10);
		new Migrator(this.database.dataSource(), revisions.graph(), MigrateSettings.defaults()).upgrade("t9");
		List<String> sql = new ArrayList<>();
		MigrationStatus status = new Migrator(proxy(DataSource.class, this.database.dataSource(), new AtomicInteger(),
				sql), revisions.graph(), MigrateSettings.defaults()).status("head");
		assertThat(status.state()).isEqualTo(State.PENDING);
		assertThat(sql).as("health probes ask every few seconds").noneMatch(RoundTripTest::readsWholeHistory);

		Revisions failing = revisions(10).add("t11", "t10", "CREATE TABLE t11 (id int);\nSELECT no_such_column FROM t11;",
				null, "-- transactional: false\n");
		Migrator migrator = new Migrator(this.database.dataSource(), failing.graph(), MigrateSettings.defaults());
		assertThatThrownBy(() -> migrator.upgrade("head")).isInstanceOf(RevisionFailedException.class);
		sql.clear();
		MigrationStatus failed = new Migrator(proxy(DataSource.class, this.database.dataSource(), new AtomicInteger(),
				sql), failing.graph(), MigrateSettings.defaults()).status("head");
		assertThat(failed.state()).isEqualTo(State.FAILED);
		assertThat(failed.detail()).contains("t11");
		assertThat(sql).as("the failure's details come from the history").anyMatch(RoundTripTest::readsWholeHistory);
	}

	/** The query of every history column (the columns vary by release, so it is a {@code SELECT *}). */
	private static boolean readsWholeHistory(String sql) {
		return sql.startsWith("SELECT * FROM") && sql.contains("migrate_history") && sql.contains("ORDER BY id");
	}

	private int upgradeCounting(int count) {
		AtomicInteger calls = new AtomicInteger();
		Migrator migrator = new Migrator(counting(this.database.dataSource(), calls), revisions(count).graph(),
				MigrateSettings.defaults());
		assertThat(migrator.upgrade("head").applied()).hasSize(count);
		return calls.get();
	}

	private static Revisions revisions(int count) {
		Revisions revisions = new Revisions();
		for (int i = 1; i <= count; i++) {
			revisions.add("t" + i, (i == 1) ? "none" : "t" + (i - 1), "CREATE TABLE t" + i + " (id int);", null);
		}
		return revisions;
	}

	private static DataSource counting(DataSource dataSource, AtomicInteger calls) {
		return proxy(DataSource.class, dataSource, calls, new ArrayList<>());
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, AtomicInteger calls, List<String> sql) {
		InvocationHandler handler = (proxy, method, args) -> {
			String name = method.getName();
			if (name.startsWith("execute") || name.equals("commit") || name.equals("rollback")) {
				calls.incrementAndGet();
			}
			if ((name.startsWith("execute") || name.startsWith("prepare")) && args != null && args.length > 0
					&& args[0] instanceof String text) {
				sql.add(text);
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (result instanceof Connection connection) {
				return proxy(Connection.class, connection, calls, sql);
			}
			if (result instanceof PreparedStatement statement) {
				return proxy(PreparedStatement.class, statement, calls, sql);
			}
			if (result instanceof Statement statement) {
				return proxy(Statement.class, statement, calls, sql);
			}
			return result;
		};
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
	}

}
