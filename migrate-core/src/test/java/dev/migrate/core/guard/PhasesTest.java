package dev.migrate.core.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.migrate.core.dialect.H2Dialect;
import dev.migrate.core.dialect.PostgresDialect;
import dev.migrate.core.revision.JavaBody;
import dev.migrate.core.revision.JavaRevision;
import dev.migrate.core.revision.Phase;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.SqlBody;

/** How a revision's phase, and its kind (SQL, Java, merge), change what is reported. */
class PhasesTest {

	private final GuardFixture guard = new GuardFixture(new PostgresDialect());

	private static final String DESTRUCTIVE = """
			ALTER TABLE users DROP COLUMN phone;
			DROP TABLE sessions;
			DROP VIEW active_users;
			ALTER TABLE users DROP CONSTRAINT users_org_fk;
			TRUNCATE audit;
			DELETE FROM tokens;
			DELETE FROM users WHERE deleted;
			""";

	@Test
	void destructiveStatementsInAContractRevisionAreInfo() {
		List<Finding> findings = this.guard.check(Phase.CONTRACT, DESTRUCTIVE);
		assertThat(findings).extracting(Finding::rule).containsExactly("drop-column", "drop-table", "drop-object",
				"drop-constraint", "truncate", "delete-all-rows", "delete-rows");
		assertThat(findings).extracting(Finding::severity).containsOnly(Severity.INFO);
		assertThat(findings.get(0).message()).contains("contract revision: allowed");
		assertThat(new GuardReport(findings).blocking()).isFalse();
	}

	@Test
	void destructiveStatementsInExpandOrMigrateRevisionsBlock() {
		for (Phase phase : List.of(Phase.EXPAND, Phase.MIGRATE)) {
			List<Finding> findings = this.guard.check(phase, DESTRUCTIVE);
			assertThat(findings).extracting(Finding::severity).containsOnly(Severity.ERROR).hasSize(7);
			assertThat(findings.get(0).message()).contains(" in a" + ((phase == Phase.EXPAND) ? "n " : " ") + phase.key() + " revision");
		}
	}

	@Test
	void compatibilityBreaksAndLocksStillCountInAContractRevision() {
		List<Finding> findings = this.guard.check(Phase.CONTRACT, """
				ALTER TABLE users RENAME COLUMN name TO full_name;
				ALTER TABLE users ADD COLUMN age int NOT NULL;
				CREATE INDEX users_age_idx ON users (age);
				ALTER TABLE users ALTER COLUMN email SET NOT NULL;
				""");
		assertThat(findings).extracting(Finding::rule, Finding::severity).containsExactly(
				org.assertj.core.groups.Tuple.tuple("rename-column", Severity.ERROR),
				org.assertj.core.groups.Tuple.tuple("add-column-not-null", Severity.ERROR),
				org.assertj.core.groups.Tuple.tuple("create-index-blocking", Severity.ERROR),
				org.assertj.core.groups.Tuple.tuple("set-not-null", Severity.ERROR));
		assertThat(findings.get(3).message()).contains("NOT VALID");
	}

	@Test
	void setNotNullInAContractRevisionIsInfoWhereItTakesNoLongLock() {
		assertThat(new GuardFixture(new H2Dialect()).check(Phase.CONTRACT, "ALTER TABLE users ALTER COLUMN email SET NOT NULL"))
			.singleElement().extracting(Finding::severity).isEqualTo(Severity.INFO);
	}

	@Test
	void revisionWithoutPhaseIsAWarningAndIsNotTreatedAsContract() {
		List<Finding> findings = this.guard.check(null, "DROP TABLE sessions;");
		assertThat(findings).extracting(Finding::rule, Finding::severity).containsExactly(
				org.assertj.core.groups.Tuple.tuple("missing-phase", Severity.WARNING),
				org.assertj.core.groups.Tuple.tuple("drop-table", Severity.ERROR));
		assertThat(findings.get(0).line()).isEqualTo(1);
		assertThat(findings.get(0).message()).contains("-- phase: expand");
		assertThat(findings.get(1).message()).contains("in a revision without a phase");
	}

	@Test
	void emptyMergeRevisionNeedsNoPhase() {
		Revision merge = new Revision("m1", List.of("a1", "b1"), List.of(), Set.of(), "merge", null, true,
				"m1_merge.sql", null, new SqlBody("-- nothing to run\n", 8, null, 0));
		assertThat(new Guard(new PostgresDialect()).check(merge)).isEmpty();
		Revision mergeWithSql = new Revision("m2", List.of("a1", "b1"), List.of(), Set.of(), "merge", null,
				true, "m2_merge.sql", null, new SqlBody("SELECT 1;\n", 8, null, 0));
		assertThat(new Guard(new PostgresDialect()).check(mergeWithSql)).extracting(Finding::rule)
			.containsExactly("missing-phase");
	}

	@Test
	void javaRevisionIsNotAnalyzedAndSaysSo() {
		Revision javaRevision = new Revision("j1", List.of("a1"), List.of(), Set.of(), "backfill", Phase.MIGRATE,
				true, "com.example.Backfill", null, new JavaBody(new Backfill(Phase.MIGRATE)));
		assertThat(new Guard(new PostgresDialect()).check(javaRevision)).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo("java-revision");
			assertThat(finding.severity()).isEqualTo(Severity.INFO);
			assertThat(finding.line()).isZero();
			assertThat(finding.message()).contains("cannot be analyzed").contains("missing-phase");
		});
		Revision withoutPhase = new Revision("j2", List.of("a1"), List.of(), Set.of(), "backfill", null, true,
				"com.example.Backfill", null, new JavaBody(new Backfill(null)));
		assertThat(new Guard(new PostgresDialect()).check(withoutPhase)).extracting(Finding::rule)
			.containsExactly("missing-phase", "java-revision");
	}

	private record Backfill(Phase phase) implements JavaRevision {

		@Override
		public String revision() {
			return "j1";
		}

		@Override
		public List<String> downRevisions() {
			return List.of("a1");
		}

		@Override
		public void upgrade(Connection connection) {
		}

	}

}
