package dev.migrate.core.plan;

import static dev.migrate.core.graph.TestRevisions.depending;
import static dev.migrate.core.graph.TestRevisions.diamond;
import static dev.migrate.core.graph.TestRevisions.fork;
import static dev.migrate.core.graph.TestRevisions.graph;
import static dev.migrate.core.graph.TestRevisions.irreversible;
import static dev.migrate.core.graph.TestRevisions.labelled;
import static dev.migrate.core.graph.TestRevisions.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.target.MultipleHeadsException;
import dev.migrate.core.target.TargetException;

class PlannerTest {

	private final RevisionGraph chain = graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c"));

	/** root -> a1 -> a2 (alpha), root -> b1 -> b2 (beta). */
	private final RevisionGraph branches = graph(rev("root"), labelled("a1", "alpha", "root"), rev("a2", "a1"),
			labelled("b1", "beta", "root"), rev("b2", "b1"));

	@Test
	void upgradeFromEmptyRunsTheWholeChainAndMovesTheSingleRow() {
		MigrationPlan plan = new Planner(this.chain).upgrade(List.of(), "head");
		assertThat(plan.revisionIds()).containsExactly("a", "b", "c", "d");
		assertThat(plan.currentBefore()).isEmpty();
		assertThat(plan.currentAfter()).containsExactly("d");
		assertThat(plan.steps().get(0).deleteVersions()).isEmpty();
		assertThat(plan.steps().get(0).insertVersions()).containsExactly("a");
		assertThat(plan.steps().get(1).deleteVersions()).containsExactly("a");
		assertThat(plan.steps().get(1).insertVersions()).containsExactly("b");
	}

	@Test
	void upgradeFromTheMiddleRunsOnlyWhatIsPending() {
		assertThat(new Planner(this.chain).upgrade(List.of("b"), "heads").revisionIds()).containsExactly("c", "d");
	}

	@Test
	void upgradeAtHeadIsEmpty() {
		MigrationPlan plan = new Planner(this.chain).upgrade(List.of("d"), "head");
		assertThat(plan.isEmpty()).isTrue();
		assertThat(plan.currentAfter()).containsExactly("d");
	}

	@Test
	void upgradeToAnOlderRevisionIsRefused() {
		assertThatThrownBy(() -> new Planner(this.chain).upgrade(List.of("d"), "b")).isInstanceOf(PlanException.class)
			.hasMessageContaining("already applied and older than the current head(s) d")
			.hasMessageContaining("downgrade b");
	}

	@Test
	void upgradeHeadWithSeveralHeadsIsRefused() {
		assertThatThrownBy(() -> new Planner(fork()).upgrade(List.of(), "head")).isInstanceOf(MultipleHeadsException.class);
	}

	@Test
	void upgradeHeadsAppliesBothBranchesContiguously() {
		MigrationPlan plan = new Planner(this.branches).upgrade(List.of(), "heads");
		assertThat(plan.revisionIds()).containsExactly("root", "a1", "a2", "b1", "b2");
		assertThat(plan.currentAfter()).containsExactlyInAnyOrder("a2", "b2");
		PlanStep b1 = plan.steps().get(3);
		assertThat(b1.deleteVersions()).as("root is no longer a row once a1 ran").isEmpty();
	}

	@Test
	void upgradeOneBranchLeavesTheOther() {
		MigrationPlan plan = new Planner(this.branches).upgrade(List.of("a1"), "beta@head");
		assertThat(plan.revisionIds()).containsExactly("b1", "b2");
		assertThat(plan.currentAfter()).containsExactlyInAnyOrder("a1", "b2");
	}

	@Test
	void mergeCollapsesHeads() {
		MigrationPlan plan = new Planner(diamond()).upgrade(List.of("left", "right"), "head");
		assertThat(plan.revisionIds()).containsExactly("merge");
		assertThat(plan.steps().get(0).deleteVersions()).containsExactlyInAnyOrder("left", "right");
		assertThat(plan.currentAfter()).containsExactly("merge");
	}

	@Test
	void mergeFromOneSideAppliesTheOtherSideFirst() {
		MigrationPlan plan = new Planner(diamond()).upgrade(List.of("left"), "merge");
		assertThat(plan.revisionIds()).containsExactly("right", "merge");
		assertThat(plan.currentAfter()).containsExactly("merge");
	}

	@Test
	void upgradeAppliesDependenciesFromAnotherBranchAndKeepsTheirHead() {
		RevisionGraph graph = graph(rev("a"), rev("x"), depending("b", List.of("x"), "a"));
		MigrationPlan plan = new Planner(graph).upgrade(List.of("a"), "b");
		assertThat(plan.revisionIds()).containsExactly("x", "b");
		assertThat(plan.currentAfter()).containsExactlyInAnyOrder("x", "b");
	}

	@Test
	void downgradeMinusOneRemovesTheHead() {
		MigrationPlan plan = new Planner(this.chain).downgrade(List.of("d"), "-1");
		assertThat(plan.revisionIds()).containsExactly("d");
		assertThat(plan.steps().get(0).deleteVersions()).containsExactly("d");
		assertThat(plan.steps().get(0).insertVersions()).containsExactly("c");
		assertThat(plan.currentAfter()).containsExactly("c");
	}

	@Test
	void downgradeToBaseRemovesEverythingNewestFirst() {
		MigrationPlan plan = new Planner(this.chain).downgrade(List.of("d"), "base");
		assertThat(plan.revisionIds()).containsExactly("d", "c", "b", "a");
		assertThat(plan.currentAfter()).isEmpty();
	}

	@Test
	void downgradeOfOneBranchKeepsTheSharedRootTheOtherHeadNeeds() {
		MigrationPlan plan = new Planner(this.branches).downgrade(List.of("a2", "b2"), "beta@base");
		assertThat(plan.revisionIds()).containsExactly("b2", "b1");
		assertThat(plan.currentAfter()).containsExactly("a2");
		assertThat(plan.steps().get(1).insertVersions()).as("root stays needed by a1, so it is no row").isEmpty();
	}

	@Test
	void downgradeToASharedRootScopedToABranchKeepsTheOtherBranch() {
		MigrationPlan plan = new Planner(this.branches).downgrade(List.of("a2", "b2"), "alpha@root");
		assertThat(plan.revisionIds()).containsExactly("a2", "a1");
		assertThat(plan.currentAfter()).containsExactly("b2");
	}

	@Test
	void downgradeToASharedRootUnscopedRemovesBothBranches() {
		MigrationPlan plan = new Planner(this.branches).downgrade(List.of("a2", "b2"), "root");
		assertThat(plan.revisionIds()).containsExactly("b2", "b1", "a2", "a1");
		assertThat(plan.currentAfter()).containsExactly("root");
	}

	@Test
	void downgradeThroughAMergeRestoresBothParents() {
		MigrationPlan plan = new Planner(diamond()).downgrade(List.of("merge"), "-1");
		assertThat(plan.steps().get(0).insertVersions()).containsExactlyInAnyOrder("left", "right");
		assertThat(plan.currentAfter()).containsExactlyInAnyOrder("left", "right");
	}

	@Test
	void downgradeOfADependencyAlsoRemovesWhatDependsOnIt() {
		RevisionGraph graph = graph(rev("a"), rev("x"), depending("b", List.of("x"), "a"));
		MigrationPlan plan = new Planner(graph).downgrade(List.of("x", "b"), "x@base");
		assertThat(plan.revisionIds()).containsExactly("b", "x");
		assertThat(plan.currentAfter()).containsExactly("a");
	}

	@Test
	void downgradeThroughAnIrreversibleRevisionIsRefusedBeforeAnythingRuns() {
		RevisionGraph graph = graph(rev("a"), irreversible("b", "a"), rev("c", "b"));
		assertThatThrownBy(() -> new Planner(graph).downgrade(List.of("c"), "a"))
			.isInstanceOfSatisfying(IrreversibleRevisionException.class, e -> assertThat(e.revision()).isEqualTo("b"))
			.hasMessageContaining("b (b_x.sql) is irreversible")
			.hasMessageContaining("Nothing was run");
		assertThat(new Planner(graph).downgrade(List.of("c"), "b").revisionIds()).containsExactly("c");
	}

	@Test
	void downgradeToAnUnappliedRevisionIsRefused() {
		assertThatThrownBy(() -> new Planner(this.chain).downgrade(List.of("b"), "d")).isInstanceOf(TargetException.class)
			.hasMessageContaining("not applied");
	}

	@Test
	void unknownCurrentRevisionIsReportedWithItsId() {
		assertThatThrownBy(() -> new Planner(this.chain).upgrade(List.of("zzz999"), "head"))
			.isInstanceOfSatisfying(UnknownCurrentRevisionException.class,
					e -> assertThat(e.unknown()).containsExactly("zzz999"))
			.hasMessageContaining("ahead");
	}

	@Test
	void stampFromEmptyWritesTheTargetWithoutSteps() {
		MigrationPlan plan = new Planner(this.chain).stamp(List.of(), "c", false);
		assertThat(plan.steps()).isEmpty();
		assertThat(plan.currentAfter()).containsExactly("c");
		assertThat(plan.stampInserts()).containsExactly("c");
	}

	@Test
	void stampReplacesHeadsOnTheTargetsLineAndKeepsUnrelatedOnes() {
		MigrationPlan plan = new Planner(this.branches).stamp(List.of("a2", "b1"), "b2", false);
		assertThat(plan.currentAfter()).containsExactlyInAnyOrder("a2", "b2");
		assertThat(plan.stampDeletes()).containsExactly("b1");
		MigrationPlan down = new Planner(this.branches).stamp(List.of("a2", "b2"), "a1", false);
		assertThat(down.currentAfter()).containsExactlyInAnyOrder("a1", "b2");
	}

	@Test
	void stampBaseClearsTheVersionTable() {
		assertThat(new Planner(this.chain).stamp(List.of("d"), "base", false).currentAfter()).isEmpty();
	}

	@Test
	void stampWithPurgeReplacesUnknownRows() {
		assertThatThrownBy(() -> new Planner(this.chain).stamp(List.of("gone"), "b", false))
			.isInstanceOf(UnknownCurrentRevisionException.class);
		MigrationPlan plan = new Planner(this.chain).stamp(List.of("gone"), "b", true);
		assertThat(plan.currentAfter()).containsExactly("b");
		assertThat(plan.stampDeletes()).containsExactly("gone");
	}

}
