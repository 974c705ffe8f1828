package dev.migrate.core.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.migrate.core.dialect.MariaDbDialect;
import dev.migrate.core.dialect.PostgresDialect;
import dev.migrate.core.revision.Phase;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.SqlBody;

/** The lock-free recipes that docs/guard.md recommends are not flagged; their unsafe neighbours are. */
class SafeRecipesTest {

	private final GuardFixture postgres = new GuardFixture(new PostgresDialect());

	private final GuardFixture mariadb = new GuardFixture(new MariaDbDialect());

	private static Revision revision(String id, String parent, boolean transactional, String sql) {
		return new Revision(id, (parent != null) ? List.of(parent) : List.of(), List.of(), Set.of(), "", Phase.EXPAND,
				transactional, id + "_x.sql", null, new SqlBody(sql, 6, null, 0));
	}

	@Test
	void indexOnOnlyThePartitionedParentThenConcurrentlyPerPartitionThenAttachIsSafe() {
		assertThat(this.postgres.checkOutsideTransaction(Phase.EXPAND, """
				CREATE INDEX measurement_at_idx ON ONLY measurement (at);
				CREATE INDEX CONCURRENTLY measurement_y2025_at_idx ON measurement_y2025 (at);
				ALTER INDEX measurement_at_idx ATTACH PARTITION measurement_y2025_at_idx;
				""")).isEmpty();
		assertThat(this.postgres.flags("CREATE INDEX measurement_at_idx ON measurement (at)"))
			.containsExactly("create-index-blocking");
	}

	@Test
	void setNotNullAfterAValidatedNotNullCheckInEarlierRevisionsIsSafe() {
		Guard guard = new Guard(new PostgresDialect());
		GuardReport report = guard.check(List.of(
				revision("r1", null, true, "ALTER TABLE users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL) NOT VALID;"),
				revision("r2", "r1", true, "ALTER TABLE users VALIDATE CONSTRAINT email_nn;"),
				revision("r3", "r2", true, """
						ALTER TABLE users ALTER COLUMN email SET NOT NULL;
						ALTER TABLE users DROP CONSTRAINT email_nn; -- migrate:allow drop-constraint SET NOT NULL replaces it
						""")));
		assertThat(report.blocking()).as(report.describe()).isFalse();
	}

	@Test
	void setNotNullWithoutAValidatedCheckStillBlocks() {
		Guard guard = new Guard(new PostgresDialect());
		GuardReport notValidated = guard.check(List.of(
				revision("r1", null, true, "ALTER TABLE users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL) NOT VALID;"),
				revision("r2", "r1", true, "ALTER TABLE users ALTER COLUMN email SET NOT NULL;")));
		assertThat(notValidated.blockingFindings()).extracting(Finding::rule).containsExactly("set-not-null");
		GuardReport otherColumn = guard.check(List.of(
				revision("r1", null, false, """
						ALTER TABLE users ADD CONSTRAINT phone_nn CHECK (phone IS NOT NULL) NOT VALID;
						ALTER TABLE users VALIDATE CONSTRAINT phone_nn;
						ALTER TABLE users ALTER COLUMN email SET NOT NULL;
						""")));
		assertThat(otherColumn.blockingFindings()).extracting(Finding::rule).containsExactly("set-not-null");
	}

	@Test
	void setNotNullBlocksInAContractRevisionOnPostgresWithTheLockFreeRecipe() {
		List<Finding> findings = this.postgres.check(Phase.CONTRACT, "ALTER TABLE users ALTER COLUMN email SET NOT NULL");
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.isBlocking()).isTrue();
			assertThat(finding.message()).contains("NOT VALID").contains("VALIDATE CONSTRAINT").contains("PostgreSQL 12+");
		});
	}

	@Test
	void mariaDbOnlineDdlChangesTheVerdictWhereDocumented() {
		assertThat(this.mariadb.flags("CREATE INDEX i ON users (email)")).containsExactly("create-index-blocking");
		assertThat(this.mariadb.flags("CREATE INDEX i ON users (email) ALGORITHM=INPLACE")).isEmpty();
		assertThat(this.mariadb.flags("ALTER TABLE users ADD INDEX i (email), ALGORITHM = INSTANT")).isEmpty();
		assertThat(this.mariadb.flags("ALTER TABLE users ADD FULLTEXT INDEX f (bio), ALGORITHM=INPLACE"))
			.containsExactly("create-index-blocking");
		assertThat(this.mariadb.flags("ALTER TABLE users ADD FULLTEXT INDEX f (bio), LOCK=NONE")).isEmpty();
		List<Finding> type = this.mariadb.check(Phase.EXPAND,
				"ALTER TABLE users MODIFY email varchar(200), ALGORITHM=INSTANT");
		assertThat(type).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
		assertThat(this.mariadb.check(Phase.EXPAND, "ALTER TABLE users MODIFY email varchar(200)"))
			.singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
		assertThat(this.mariadb.flags("ALTER TABLE users ADD CONSTRAINT fk FOREIGN KEY (org) REFERENCES orgs (id), "
				+ "ALGORITHM=INPLACE, LOCK=NONE")).isEmpty();
		List<Finding> partition = this.mariadb.check(Phase.EXPAND, "ALTER TABLE events DROP PARTITION p2019");
		assertThat(partition).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo("truncate");
			assertThat(finding.message()).startsWith("DROP PARTITION p2019 of events in an expand revision");
		});
		assertThat(this.mariadb.flags("ALTER TABLE events TRUNCATE PARTITION p1, p2")).containsExactly("truncate");
		assertThat(this.mariadb.flags("ALTER TABLE events ADD PARTITION (PARTITION p9 VALUES LESS THAN (9))")).isEmpty();
		// online DDL does not make a destructive or incompatible change safe
		assertThat(this.mariadb.flags("ALTER TABLE users DROP COLUMN phone, ALGORITHM=INSTANT"))
			.containsExactly("drop-column");
		assertThat(this.mariadb.flags("ALTER TABLE users ADD COLUMN age int NOT NULL, ALGORITHM=INSTANT"))
			.containsExactly("add-column-not-null");
	}

	@Test
	void everyDropOfAnObjectBlocksOutsideContractAndIsInfoInside() {
		String sql = """
				DROP VIEW v; DROP MATERIALIZED VIEW mv; DROP SEQUENCE s; DROP FUNCTION f(int); DROP PROCEDURE p();
				DROP TYPE mood; DROP SCHEMA archive CASCADE; DROP TRIGGER trg ON users; DROP POLICY pol ON users;
				DROP FOREIGN TABLE ft; DROP RULE r ON users; DROP AGGREGATE agg(int);
				""";
		List<Finding> expand = this.postgres.check(Phase.MIGRATE, sql);
		assertThat(expand).hasSize(12).allMatch(Finding::isBlocking).extracting(Finding::rule).containsOnly("drop-object");
		assertThat(this.postgres.check(Phase.CONTRACT, sql)).hasSize(12).extracting(Finding::severity)
			.containsOnly(Severity.INFO);
	}

	@Test
	void everyDeleteBlocksOutsideContract() {
		assertThat(this.postgres.flags("DELETE FROM users WHERE id = 1")).containsExactly("delete-rows");
		assertThat(this.postgres.flags("DELETE FROM users u USING bans b WHERE u.id = b.user_id"))
			.containsExactly("delete-rows");
		assertThat(this.postgres.flags("WITH gone AS (DELETE FROM users WHERE id < 0 RETURNING id) SELECT count(*) FROM gone"))
			.containsExactly("delete-rows");
		assertThat(this.postgres.flags("EXPLAIN ANALYZE DELETE FROM users")).containsExactly("delete-all-rows");
		assertThat(this.postgres.flags("EXPLAIN (ANALYZE off) DELETE FROM users")).isEmpty();
		assertThat(this.postgres.flags("EXPLAIN DELETE FROM users")).isEmpty();
		assertThat(this.postgres.flags("MERGE INTO stock s USING d ON s.id = d.id WHEN MATCHED THEN DELETE"))
			.containsExactly("delete-rows");
		assertThat(this.postgres.flags("MERGE INTO stock s USING d ON s.id = d.id WHEN MATCHED THEN UPDATE SET n = 1"))
			.isEmpty();
		assertThat(this.mariadb.flags("ANALYZE DELETE FROM users WHERE id = 1")).containsExactly("delete-rows");
		assertThat(this.postgres.check(Phase.CONTRACT, "DELETE FROM users WHERE id = 1")).singleElement()
			.extracting(Finding::severity).isEqualTo(Severity.INFO);
	}

}
