package dev.migrate.core.guard;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.core.dialect.PostgresDialect;
import dev.migrate.core.plan.MigrationPlan;
import dev.migrate.core.plan.Operation;
import dev.migrate.core.plan.PlanStep;
import dev.migrate.core.revision.Phase;

import static org.assertj.core.api.Assertions.assertThat;

/** What an upgrade with the guard in {@code warn} mode reports before it applies anything. */
class GuardCheckTest {

	@Test
	void manyFindingsOfOneRuleAreShownUpToALimitAndCountedBeyond() {
		List<PlanStep> steps = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			String id = String.format("a1b2c3d4%04d", i);
			// no phase: missing-phase in every revision; the first also drops a table
			String sql = "CREATE TABLE t" + i + " (id int);" + ((i == 0) ? "\nDROP TABLE old_things;" : "");
			steps.add(new PlanStep(GuardFixture.revision(id, null, true, sql), Operation.UPGRADE, List.of(),
					List.of(id)));
		}
		List<Finding> shown = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		new GuardCheck(GuardMode.WARN, shown::add, notes::add)
			.check(new MigrationPlan(Operation.UPGRADE, "heads", List.of(), List.of("a1b2c3d40024"), steps),
					new PostgresDialect());
		assertThat(shown).filteredOn(finding -> finding.rule().equals("missing-phase"))
			.hasSize(GuardCheck.SHOWN_PER_RULE);
		assertThat(shown).filteredOn(finding -> finding.rule().equals("drop-table")).hasSize(1);
		assertThat(notes).singleElement()
			.asString()
			.contains("15 more finding(s) of rule [missing-phase]")
			.contains("25 revision(s)")
			.contains("migrate check");
	}

	@Test
	void aFewFindingsAreAllShownWithoutANote() {
		List<PlanStep> steps = List.of(new PlanStep(GuardFixture.revision("a1b2c3d4e5f6", Phase.EXPAND, true,
				"DROP TABLE old_things;"), Operation.UPGRADE, List.of(), List.of("a1b2c3d4e5f6")));
		List<Finding> shown = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		new GuardCheck(GuardMode.WARN, shown::add, notes::add)
			.check(new MigrationPlan(Operation.UPGRADE, "heads", List.of(), List.of("a1b2c3d4e5f6"), steps),
					new PostgresDialect());
		assertThat(shown).extracting(Finding::rule).containsExactly("drop-table");
		assertThat(notes).isEmpty();
	}

}
