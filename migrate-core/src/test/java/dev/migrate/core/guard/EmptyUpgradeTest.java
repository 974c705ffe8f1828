package dev.migrate.core.guard;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.core.dialect.MariaDbDialect;
import dev.migrate.core.dialect.PostgresDialect;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.RevisionFileParser;

import static org.assertj.core.api.Assertions.assertThat;

/** An upgrade section that runs nothing loads, and the guard warns about it (merges excepted). */
class EmptyUpgradeTest {

	private static Revision parse(String name, String text) {
		return new RevisionFileParser().parse("db/revisions/" + name, text);
	}

	@Test
	void warnsAboutAnUpgradeSectionOfOnlyCommentsOnItsMarkerLine() {
		Revision template = parse("4f2a_x.sql", """
				-- revision: 4f2a
				-- down_revision: 1b7d
				-- phase: expand

				-- migrate:upgrade
				-- TODO

				-- migrate:downgrade
				""");

		List<Finding> findings = new Guard(new PostgresDialect()).check(template);

		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo("empty-upgrade");
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.line()).isEqualTo(5);
			assertThat(finding.file()).isEqualTo("db/revisions/4f2a_x.sql");
			assertThat(finding.message()).contains("runs nothing").contains("below '-- migrate:upgrade'");
		});
		assertThat(new GuardReport(findings).blocking()).isFalse();
	}

	@Test
	void saysNothingAboutAMergeThatRunsNothingOrARevisionThatRunsSomething() {
		Revision merge = parse("5e3b_join.sql", """
				-- revision: 5e3b
				-- down_revision: 1b7d, 2c8e
				-- migrate:upgrade
				-- A merge joins branches; it usually runs nothing.
				""");
		Revision filled = parse("4f2a_x.sql", """
				-- revision: 4f2a
				-- down_revision: 1b7d
				-- phase: expand
				-- migrate:upgrade
				CREATE TABLE t (id int);
				""");

		assertThat(new Guard(new MariaDbDialect()).check(merge)).isEmpty();
		assertThat(new Guard(new MariaDbDialect()).check(filled)).isEmpty();
	}

}
