package dev.migrate.core.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.core.dialect.MariaDbDialect;
import dev.migrate.core.dialect.PostgresDialect;
import dev.migrate.core.revision.Phase;

class SuppressionTest {

	private final GuardFixture guard = new GuardFixture(new PostgresDialect());

	@Test
	void allowCommentBeforeTheStatementAcceptsItsFindingWithTheReason() {
		List<Finding> findings = this.guard.check(Phase.EXPAND, """
				-- migrate:allow drop-column nothing has read phone since release 41
				ALTER TABLE users DROP COLUMN phone;
				""");
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo("drop-column");
			assertThat(finding.suppressed()).isTrue();
			assertThat(finding.reason()).isEqualTo("nothing has read phone since release 41");
			assertThat(finding.isBlocking()).isFalse();
		});
		assertThat(new GuardReport(findings).blocking()).isFalse();
	}

	@Test
	void allowCommentAfterTheDelimiterOnTheSameLineBelongsToThatStatement() {
		List<Finding> findings = this.guard.check(Phase.EXPAND, """
				DROP TABLE legacy_sessions; -- migrate:allow drop-table empty since 2023, checked in prod
				DROP TABLE legacy_tokens;
				""");
		assertThat(findings).extracting(Finding::suppressed).containsExactly(true, false);
	}

	@Test
	void allowInsideTheStatementAndAsBlockComment() {
		List<Finding> findings = this.guard.check(Phase.EXPAND, """
				CREATE INDEX users_email_idx /* migrate:allow create-index-blocking table has 40 rows */
				  ON users (email);
				""");
		assertThat(findings).singleElement().extracting(Finding::reason).isEqualTo("table has 40 rows");
	}

	@Test
	void allowAcceptsOnlyTheRulesItNames() {
		List<Finding> findings = this.guard.check(Phase.EXPAND, """
				-- migrate:allow drop-column,rename-column old code is gone, see ADR 12
				ALTER TABLE users DROP COLUMN phone, RENAME COLUMN name TO full_name, ALTER COLUMN age TYPE bigint;
				""");
		assertThat(findings).extracting(Finding::rule, Finding::suppressed).containsExactly(
				org.assertj.core.groups.Tuple.tuple("drop-column", true),
				org.assertj.core.groups.Tuple.tuple("rename-column", true),
				org.assertj.core.groups.Tuple.tuple("alter-column-type", false));
	}

	@Test
	void allowWithoutReasonAcceptsNothingAndIsAnErrorItself() {
		List<Finding> findings = this.guard.check(Phase.EXPAND, """
				-- migrate:allow drop-column
				ALTER TABLE users DROP COLUMN phone;
				""");
		assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::suppressed).containsExactly(
				org.assertj.core.groups.Tuple.tuple("drop-column", Severity.ERROR, false),
				org.assertj.core.groups.Tuple.tuple("allow-without-reason", Severity.ERROR, false));
		assertThat(findings.get(1).line()).isEqualTo(GuardFixture.UPGRADE_LINE);
		assertThat(findings.get(1).message()).contains("-- migrate:allow drop-column <why");
	}

	@Test
	void allowNamingAnUnknownRuleIsAnError() {
		List<Finding> findings = this.guard.check(Phase.EXPAND, """
				ALTER TABLE users DROP COLUMN phone; -- migrate:allow drop-colum typo in the id
				""");
		assertThat(findings).extracting(Finding::rule).containsExactly("drop-column", "allow-unknown-rule");
		assertThat(findings.get(1).message()).contains("drop-colum").contains("drop-column");
	}

	@Test
	void allowMarkerInsideAStringIsNotAComment() {
		List<Finding> findings = this.guard.check(Phase.EXPAND,
				"DROP TABLE users, notes; SELECT '-- migrate:allow drop-table because';");
		assertThat(findings).extracting(Finding::suppressed).containsExactly(false, false);
	}

	@Test
	void allowOnAnotherStatementDoesNotLeak() {
		List<Finding> findings = this.guard.check(Phase.EXPAND, """
				-- migrate:allow drop-table sessions are rebuilt on login
				DROP TABLE sessions;

				DROP TABLE users;
				""");
		assertThat(findings).extracting(Finding::suppressed).containsExactly(true, false);
	}

	@Test
	void hashCommentsWorkOnMariaDb() {
		List<Finding> findings = new GuardFixture(new MariaDbDialect()).check(Phase.EXPAND,
				"# migrate:allow drop-table replaced by sessions_v2 in release 8\nDROP TABLE sessions;");
		assertThat(findings).singleElement().extracting(Finding::suppressed).isEqualTo(true);
	}

	@Test
	void suppressedInfoKeepsItsReasonToo() {
		List<Finding> findings = this.guard.check(Phase.CONTRACT,
				"DROP TABLE sessions; -- migrate:allow drop-table documented in the runbook");
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.severity()).isEqualTo(Severity.INFO);
			assertThat(finding.suppressed()).isTrue();
		});
	}

}
