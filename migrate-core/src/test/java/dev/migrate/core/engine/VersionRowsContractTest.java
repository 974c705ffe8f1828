package dev.migrate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.migrate.core.MigrateException;
import dev.migrate.core.testsupport.DatabaseContractTest;

/**
 * The version rows and the revisions run, on a real database, for the cases where migrate once
 * differed from Alembic 1.8.1. Every expected value here was read from real Alembic 1.8.1 on
 * PostgreSQL with the same graph and commands (the graph of issue 11).
 */
abstract class VersionRowsContractTest extends DatabaseContractTest {

	private Migrator migrator;

	/** The schema of table ran: outside the version table's, so that the database does not look legacy. */
	private String log;

	/**
	 * 1f92 -> 26d6 (branch_labels lbl_2) -> 3b3b; 0a0a -> 306d (depends_on 26d6) -> 02c1. Each
	 * revision records its upgrade and downgrade in table ran.
	 */
	@BeforeEach
	void graph() throws SQLException {
		this.log = this.database.schema() + "_ran";
		execute("CREATE SCHEMA " + this.log);
		execute("CREATE TABLE " + this.log + ".ran (id int primary key, what varchar(40))");
		Revisions revisions = new Revisions();
		add(revisions, this.log, "1f9224cb433e", "none", "-- branch_labels: lbl_2\n");
		add(revisions, this.log, "26d639ede68b", "1f9224cb433e", "");
		add(revisions, this.log, "3b3b3b3b3b3b", "26d639ede68b", "");
		add(revisions, this.log, "0a0a0a0a0a0a", "none", "");
		add(revisions, this.log, "306d639ede68", "0a0a0a0a0a0a", "-- depends_on: 26d639ede68b\n");
		add(revisions, this.log, "02c10da51baf", "306d639ede68", "");
		this.migrator = new Migrator(this.database.dataSource(), revisions.graph(), MigrateSettings.defaults());
	}

	@AfterEach
	void dropLog() throws SQLException {
		if (this.log != null) {
			execute("DROP SCHEMA " + this.log + " CASCADE");
		}
	}

	private static void add(Revisions revisions, String log, String id, String down, String header) {
		String record = "INSERT INTO " + log + ".ran (id, what) VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM " + log
				+ ".ran), '%s " + id + "');";
		revisions.add(id, down, record.formatted("up"), record.formatted("down"), header);
	}

	@Test
	void upgradeThroughARevisionWithADependencyLeavesOnlyItsDescendantAsRow() {
		this.migrator.upgrade("02c10");
		assertThat(this.migrator.current()).containsExactly("02c10da51baf");
		assertThat(ran()).containsExactlyInAnyOrder("up 1f9224cb433e", "up 26d639ede68b", "up 0a0a0a0a0a0a",
				"up 306d639ede68", "up 02c10da51baf");
	}

	@Test
	void upgradeToAnAppliedRevisionSucceedsAndRunsNothing() {
		this.migrator.upgrade("heads");
		ran();
		for (String target : List.of("306d", "lbl_2@1f92", "0a0a+1", "1f92+1", "26d639ede68b")) {
			MigrationResult result = this.migrator.upgrade(target);
			assertThat(result.succeeded()).as(target).isTrue();
			assertThat(result.applied()).as(target).isEmpty();
		}
		assertThat(ran()).isEmpty();
		assertThat(this.migrator.current()).containsExactlyInAnyOrder("02c10da51baf", "3b3b3b3b3b3b");
	}

	@Test
	void downgradeToADependencyKeepsWhatDependsOnIt() {
		this.migrator.upgrade("heads");
		ran();
		this.migrator.downgrade("26d639ede68b");
		assertThat(ran()).containsExactly("down 3b3b3b3b3b3b");
		assertThat(this.migrator.current()).containsExactly("02c10da51baf");
	}

	@Test
	void downgradeBelowADependentRestoresTheDependencyAsRow() {
		this.migrator.upgrade("02c10");
		ran();
		this.migrator.downgrade("0a0a0a0a0a0a");
		assertThat(ran()).containsExactly("down 02c10da51baf", "down 306d639ede68");
		assertThat(this.migrator.current()).containsExactlyInAnyOrder("0a0a0a0a0a0a", "26d639ede68b");
		this.migrator.upgrade("02c10");
		assertThat(ran()).containsExactly("up 306d639ede68", "up 02c10da51baf");
		assertThat(this.migrator.current()).containsExactly("02c10da51baf");
	}

	@Test
	void stampOfARevisionWithADependencyWritesItAloneAndDowngradeToTheDependencyIsRefused() {
		this.migrator.stamp("306d639ede68", false);
		assertThat(this.migrator.current()).containsExactly("306d639ede68");
		assertThatThrownBy(() -> this.migrator.downgrade("26d639ede68b")).isInstanceOf(MigrateException.class)
			.hasMessageContaining("Nothing to downgrade to 26d639ede68b");
		this.migrator.downgrade("lbl_2@-1");
		assertThat(ran()).containsExactly("down 306d639ede68", "down 26d639ede68b");
		assertThat(this.migrator.current()).containsExactlyInAnyOrder("0a0a0a0a0a0a", "1f9224cb433e");
	}

	@Test
	void downgradeOfTheDependedOnBranchAlsoRemovesItsDependents() {
		this.migrator.upgrade("02c10");
		ran();
		this.migrator.downgrade("lbl_2@base");
		assertThat(ran()).containsExactly("down 02c10da51baf", "down 306d639ede68", "down 26d639ede68b",
				"down 1f9224cb433e");
		assertThat(this.migrator.current()).containsExactly("0a0a0a0a0a0a");
	}

	/** What ran since the last call, in order; the table is emptied. */
	private List<String> ran() {
		List<String> values = new ArrayList<>();
		try (Connection connection = this.database.connection(); Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery("SELECT what FROM " + this.log + ".ran ORDER BY id")) {
				while (rows.next()) {
					values.add(rows.getString(1));
				}
			}
			statement.execute("DELETE FROM " + this.log + ".ran");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return values;
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = this.database.connection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
