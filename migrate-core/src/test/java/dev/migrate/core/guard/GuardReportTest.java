package dev.migrate.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.PostgresDialect;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Phase;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.SqlBody;

class GuardReportTest {

	private final Guard guard = new Guard(new PostgresDialect());

	private static Revision revision(String id, List<String> parents, Phase phase, String sql) {
		return new Revision(id, parents, List.of(), Set.of(), "", phase, true, id + "_x.sql", null,
				new SqlBody(sql, 6, null, 0));
	}

	@Test
	void onlyAnUnsuppressedErrorBlocks() {
		GuardReport warnings = this.guard.check(List.of(revision("r1", List.of(), Phase.EXPAND,
				"UPDATE users SET a = 1; DROP TABLE t; -- migrate:allow drop-table dead table since v3")));
		assertThat(warnings.findings()).hasSize(2);
		assertThat(warnings.blocking()).isFalse();
		assertThat(warnings.blockingFindings()).isEmpty();
		GuardReport error = this.guard.check(List.of(revision("r1", List.of(), Phase.EXPAND, "DROP TABLE t;")));
		assertThat(error.blocking()).isTrue();
		assertThat(error.blockingFindings()).extracting(Finding::rule).containsExactly("drop-table");
	}

	@Test
	void reportKeepsTheOrderOfRevisionsAndStatements() {
		GuardReport report = this.guard.check(List.of(
				revision("r1", List.of(), Phase.EXPAND, "DROP TABLE a; TRUNCATE b;"),
				revision("r2", List.of("r1"), Phase.EXPAND, "UPDATE c SET x = 1;")));
		assertThat(report.findings()).extracting(Finding::revision, Finding::rule).containsExactly(
				org.assertj.core.groups.Tuple.tuple("r1", "drop-table"),
				org.assertj.core.groups.Tuple.tuple("r1", "truncate"),
				org.assertj.core.groups.Tuple.tuple("r2", "update-all-rows"));
	}

	@Test
	void describeGroupsPerRevisionWithLocationRuleSeverityAndSummary() {
		GuardReport report = this.guard.check(List.of(
				revision("r1", List.of(), Phase.EXPAND, "SELECT 1;\nDROP TABLE a; -- migrate:allow drop-table gone"),
				revision("r2", List.of("r1"), Phase.EXPAND, "UPDATE c SET x = 1;")));
		assertThat(report.describe()).contains("Revision r1 (r1_x.sql)")
			.contains("  r1_x.sql:7: error [drop-table] (accepted: gone) DROP TABLE a")
			.contains("Revision r2 (r2_x.sql)")
			.contains("  r2_x.sql:6: warning [update-all-rows] UPDATE c SET x = 1")
			.endsWith("2 findings: 1 error, 1 warning, 0 info (1 accepted by migrate:allow); 0 blocking.");
		assertThat(new GuardReport(List.of()).describe()).isEqualTo("No findings.");
	}

	@Test
	void graphCheckReportsSeveralHeadsAndSuggestsAMerge() {
		RevisionGraph graph = RevisionGraph.of(List.of(revision("base1", List.of(), Phase.EXPAND, "SELECT 1;"),
				revision("left1", List.of("base1"), Phase.EXPAND, "SELECT 1;"),
				revision("right1", List.of("base1"), Phase.EXPAND, "SELECT 1;")));
		GuardReport report = this.guard.check(graph);
		assertThat(report.blocking()).isTrue();
		assertThat(report.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo("multiple-heads");
			assertThat(finding.message()).contains("left1, right1")
				.contains("migrate merge -m \"<message>\" left1 right1");
			assertThat(finding.revision()).isEmpty();
			assertThat(finding.line()).isZero();
		});
		assertThat(report.describe()).contains("Revision graph\n  error [multiple-heads]");
	}

	@Test
	void guardModeParsesIgnoringCaseAndEnforcesOnlyInFailMode() {
		assertThat(GuardMode.parse(" FAIL ")).isEqualTo(GuardMode.FAIL);
		assertThat(GuardMode.parse("warn")).isEqualTo(GuardMode.WARN);
		assertThat(GuardMode.parse("Off")).isEqualTo(GuardMode.OFF);
		assertThat(GuardMode.OFF.checks()).isFalse();
		assertThatThrownBy(() -> GuardMode.parse("strict")).isInstanceOf(MigrateException.class)
			.hasMessageContaining("fail, warn or off")
			.extracting(ex -> ((MigrateException) ex).code())
			.isEqualTo(ErrorCode.USAGE);
		GuardReport blocking = this.guard.check(List.of(revision("r1", List.of(), Phase.EXPAND, "DROP TABLE a;")));
		GuardMode.WARN.enforce(blocking);
		GuardMode.OFF.enforce(blocking);
		GuardMode.FAIL.enforce(new GuardReport(List.of()));
		assertThatThrownBy(() -> GuardMode.FAIL.enforce(blocking)).isInstanceOfSatisfying(GuardException.class, ex -> {
			assertThat(ex.report()).isSameAs(blocking);
			assertThat(ex.code()).isEqualTo(ErrorCode.GUARD);
			assertThat(ex.code().exitStatus()).isEqualTo(1);
			assertThat(ex.getMessage()).contains("applying anything").contains("[drop-table]");
		});
	}

	@Test
	void findingRejectsAReasonWithoutSuppressionAndSuppressionWithoutReason() {
		assertThatThrownBy(() -> new Finding("drop-table", Severity.ERROR, "r", "f", 1, "s", "m", true, " "))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Finding("drop-table", Severity.ERROR, "r", "f", 1, "s", "m", false, "why"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void ruleIdsAreStableAndUnique() {
		assertThat(Rule.byId("DROP-COLUMN")).contains(Rule.DROP_COLUMN);
		assertThat(java.util.Arrays.stream(Rule.values()).map(Rule::id).distinct().count())
			.isEqualTo(Rule.values().length);
		assertThat(java.util.Arrays.stream(Rule.values()).map(Rule::id)).allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
	}

}
