package dev.migrate.core.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.core.dialect.PostgresDialect;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.RevisionFileParser;

/**
 * The guard's premise that a contract revision runs only once no older version needs what it drops:
 * true with {@code migrate.contract=auto}, not with {@code startup}.
 */
class ContractWaitsTest {

	private static Revision revision(String phase) {
		return new RevisionFileParser().parse("db/revisions/a1b2c3d4e5f6_drop.sql", """
				-- revision: a1b2c3d4e5f6
				-- down_revision: none
				-- message: drop old_name
				-- phase: %s

				-- migrate:upgrade
				ALTER TABLE items DROP COLUMN old_name;
				""".formatted(phase));
	}

	private static Severity severity(Guard guard, String phase) {
		return guard.check(List.of(revision(phase))).findings().stream()
			.filter((finding) -> finding.rule().equals("drop-column"))
			.findFirst()
			.orElseThrow()
			.severity();
	}

	@Test
	void aDropInAContractRevisionThatWaitsIsInformation() {
		assertThat(severity(new Guard(new PostgresDialect()), "contract")).isEqualTo(Severity.INFO);
		assertThat(severity(new Guard(new PostgresDialect(), true), "contract")).isEqualTo(Severity.INFO);
	}

	@Test
	void aDropInAContractRevisionAppliedAtStartupIsAWarning() {
		assertThat(severity(new Guard(new PostgresDialect(), false), "contract")).isEqualTo(Severity.WARNING);
	}

	@Test
	void aDropInAnExpandRevisionIsAnErrorEitherWay() {
		assertThat(severity(new Guard(new PostgresDialect(), true), "expand")).isEqualTo(Severity.ERROR);
		assertThat(severity(new Guard(new PostgresDialect(), false), "expand")).isEqualTo(Severity.ERROR);
	}

}
