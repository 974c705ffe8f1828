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
	void upgradeToAnAppliedRevisionSucceedsAndDoesNothing() {
		// Alembic 1.8.1: `upgrade b` at d, `upgrade a+1`, `upgrade alpha@a1` are successful no-ops.
		for (String target : List.of("b", "a", "a+1", "b+1", "d")) {
			MigrationPlan plan = new Planner(this.chain).upgrade(List.of("d"), target);
			assertThat(plan.isEmpty()).as(target).isTrue();
			assertThat(plan.currentAfter()).as(target).containsExactly("d");
		}
		MigrationPlan scoped = new Planner(this.branches).upgrade(List.of("a2", "b2"), "alpha@a1");
		assertThat(scoped.isEmpty()).isTrue();
		assertThat(scoped.currentAfter()).containsExactlyInAnyOrder("a2", "b2");
	}

	@Test
	void upgradeToAnAppliedRevisionOnOneBranchAppliesNothingOfTheOther() {
		MigrationPlan plan = new Planner(this.branches).upgrade(List.of("a2"), "a1");
		assertThat(plan.isEmpty()).isTrue();
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
	void upgradeOfARevisionThatDependsOnARowReplacesThatRow() {
		// Alembic: b's down revisions include its dependency x, so upgrading b replaces both rows.
		RevisionGraph graph = graph(rev("a"), rev("x"), depending("b", List.of("x"), "a"));
		MigrationPlan plan = new Planner(graph).upgrade(List.of("a"), "b");
		assertThat(plan.revisionIds()).containsExactly("x", "b");
		assertThat(plan.steps().get(1).deleteVersions()).containsExactlyInAnyOrder("a", "x");
		assertThat(plan.currentAfter()).containsExactly("b");
		MigrationPlan fromBoth = new Planner(graph).upgrade(List.of("a", "x"), "b");
		assertThat(fromBoth.steps().get(0).deleteVersions()).containsExactlyInAnyOrder("a", "x");
		assertThat(fromBoth.currentAfter()).containsExactly("b");
	}

	/** The graph of issue 11: 1f9224cb433e -> 26d639ede68b (lbl_2); 0a -> 306d (depends on 26d6) -> 02c10. */
	private static RevisionGraph issueEleven() {
		return graph(labelled("1f9224cb433e", "lbl_2"), rev("26d639ede68b", "1f9224cb433e"), rev("0a0a0a0a0a0a"),
				depending("306d639ede68", List.of("26d639ede68b"), "0a0a0a0a0a0a"), rev("02c10da51baf", "306d639ede68"),
				rev("3b3b3b3b3b3b", "26d639ede68b"));
	}

	@Test
	void upgradeThroughARevisionWithADependencyLeavesOneRow() {
		// Alembic 1.8.1: alembic_version = {02c10da51baf} after `upgrade 02c10`.
		MigrationPlan plan = new Planner(issueEleven()).upgrade(List.of(), "02c10");
		assertThat(plan.revisionIds()).containsExactlyInAnyOrder("1f9224cb433e", "26d639ede68b", "0a0a0a0a0a0a",
				"306d639ede68", "02c10da51baf");
		assertThat(plan.currentAfter()).containsExactly("02c10da51baf");
	}

	@Test
	void dependsOnAFurtherRevisionOfTheOtherBranchLeavesBothHeadsAsRows() {
		MigrationPlan plan = new Planner(issueEleven()).upgrade(List.of(), "heads");
		assertThat(plan.currentAfter()).containsExactlyInAnyOrder("02c10da51baf", "3b3b3b3b3b3b");
	}

	@Test
	void stampOfARevisionWithADependencyWritesItAlone() {
		MigrationPlan plan = new Planner(issueEleven()).stamp(List.of(), "306d639ede68", false);
		assertThat(plan.currentAfter()).containsExactly("306d639ede68");
		MigrationPlan down = new Planner(issueEleven()).stamp(List.of("02c10da51baf", "3b3b3b3b3b3b"), "1f9224cb433e",
				false);
		assertThat(down.currentAfter()).as("both heads descend from 1f92 (one through depends_on)")
			.containsExactly("1f9224cb433e");
	}

	@Test
	void dependsOnByBranchLabelIsAnEdgeToTheLabelledRevision() {
		RevisionGraph graph = graph(labelled("b1", "lbl"), rev("b2", "b1"), rev("m1"),
				depending("m2", List.of("lbl"), "m1"));
		MigrationPlan plan = new Planner(graph).upgrade(List.of(), "m2");
		assertThat(plan.revisionIds()).containsExactlyInAnyOrder("b1", "m1", "m2");
		assertThat(plan.currentAfter()).containsExactly("m2");
		assertThat(new Planner(graph).upgrade(List.of("m2"), "b2").currentAfter()).containsExactlyInAnyOrder("m2", "b2");
	}

	@Test
	void mergeWithADependencyCollapsesEveryRowItNeeds() {
		RevisionGraph graph = graph(rev("m1"), rev("p1", "m1"), rev("p2", "m1"), rev("x1"),
				depending("mg", List.of("x1"), "p1", "p2"));
		MigrationPlan plan = new Planner(graph).upgrade(List.of("p1", "p2", "x1"), "mg");
		assertThat(plan.steps().get(0).deleteVersions()).containsExactlyInAnyOrder("p1", "p2", "x1");
		assertThat(plan.currentAfter()).containsExactly("mg");
		MigrationPlan down = new Planner(graph).downgrade(List.of("mg"), "p1");
		assertThat(down.revisionIds()).containsExactly("mg");
		assertThat(down.currentAfter()).containsExactlyInAnyOrder("p1", "p2", "x1");
	}

	@Test
	void downgradeToADependencyKeepsWhatOnlyDependsOnIt() {
		// Alembic: `downgrade 26d6` at {02c10, 3b3b} runs only 3b3b's downgrade; 306d still needs 26d6.
		MigrationPlan plan = new Planner(issueEleven()).downgrade(List.of("02c10da51baf", "3b3b3b3b3b3b"),
				"26d639ede68b");
		assertThat(plan.revisionIds()).containsExactly("3b3b3b3b3b3b");
		assertThat(plan.currentAfter()).containsExactly("02c10da51baf");
	}

	@Test
	void downgradeToARevisionThatIsOnlyDependedOnIsRefused() {
		// Alembic: "Destination 26d6... is not a valid downgrade target from current head(s)".
		assertThatThrownBy(() -> new Planner(issueEleven()).downgrade(List.of("306d639ede68"), "26d639ede68b"))
			.isInstanceOf(TargetException.class)
			.hasMessageContaining("Nothing to downgrade to 26d639ede68b")
			.hasMessageContaining("306d639ede68 depend(s) on it");
	}

	@Test
	void downgradeOfARevisionWithADependencyRestoresTheDependencyRow() {
		MigrationPlan plan = new Planner(issueEleven()).downgrade(List.of("02c10da51baf"), "0a0a0a0a0a0a");
		assertThat(plan.revisionIds()).containsExactly("02c10da51baf", "306d639ede68");
		assertThat(plan.steps().get(1).insertVersions()).containsExactlyInAnyOrder("0a0a0a0a0a0a", "26d639ede68b");
		assertThat(plan.currentAfter()).containsExactlyInAnyOrder("0a0a0a0a0a0a", "26d639ede68b");
	}

	@Test
	void downgradeOfTheDependedOnBranchRemovesWhatDependsOnIt() {
		MigrationPlan plan = new Planner(issueEleven()).downgrade(List.of("02c10da51baf"), "lbl_2@base");
		assertThat(plan.revisionIds()).containsExactly("02c10da51baf", "306d639ede68", "26d639ede68b", "1f9224cb433e");
		assertThat(plan.currentAfter()).containsExactly("0a0a0a0a0a0a");
	}

	@Test
	void branchScopedStepCountsFromTheBranchTopWhenADependentHidesItsRow() {
		// Alembic: `downgrade lbl_2@-1` at {306d} goes back from 26d6, the top of lbl_2, not a row.
		MigrationPlan plan = new Planner(issueEleven()).downgrade(List.of("306d639ede68"), "lbl_2@-1");
		assertThat(plan.revisionIds()).containsExactly("306d639ede68", "26d639ede68b");
		assertThat(plan.currentAfter()).containsExactlyInAnyOrder("0a0a0a0a0a0a", "1f9224cb433e");
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
		MigrationPlan plan = new Planner(diamond()).downgrade(List.of("merge"), "left");
		assertThat(plan.steps().get(0).insertVersions()).containsExactlyInAnyOrder("left", "right");
		assertThat(plan.currentAfter()).containsExactlyInAnyOrder("left", "right");
	}

	@Test
	void minusOneFromAMergeIsAmbiguous() {
		// Alembic 1.8.1: "Ambiguous walk" for downgrade -1 (and merge-1) at a merge.
		assertThatThrownBy(() -> new Planner(diamond()).downgrade(List.of("merge"), "-1"))
			.isInstanceOf(TargetException.class)
			.hasMessageContaining("merge merges");
		RevisionGraph graph = graph(rev("aa01"), rev("bb01", "aa01"), rev("cc01", "aa01"), rev("mm01", "bb01", "cc01"),
				rev("nn01", "mm01"));
		assertThat(new Planner(graph).downgrade(List.of("nn01"), "-1").revisionIds()).containsExactly("nn01");
		assertThatThrownBy(() -> new Planner(graph).downgrade(List.of("nn01"), "-2")).isInstanceOf(TargetException.class)
			.hasMessageContaining("mm01 merges");
	}

	@Test
	void downgradeOfADependencyAlsoRemovesWhatDependsOnIt() {
		RevisionGraph graph = graph(rev("a"), rev("x"), depending("b", List.of("x"), "a"));
		MigrationPlan plan = new Planner(graph).downgrade(List.of("b"), "x@base");
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

	@Test
	void stampOfARelativeTargetIsRefused() {
		// Alembic: "Can't locate revision identified by 'a+1'".
		for (String target : List.of("a+1", "c-1", "+1")) {
			assertThatThrownBy(() -> new Planner(this.chain).stamp(List.of(), target, false)).as(target)
				.isInstanceOf(TargetException.class)
				.hasMessageContaining("stamp takes a revision");
		}
	}

	@Test
	void downgradeOfARevisionMinusStepsPastBaseIsATargetError() {
		// Alembic: "Walked too far"; this used to be an ArrayIndexOutOfBoundsException.
		assertThatThrownBy(() -> new Planner(this.chain).downgrade(List.of("b"), "a-2")).isInstanceOf(TargetException.class)
			.hasMessageContaining("'a-2' goes back past base");
	}

	@Test
	void labelAtHeadsReachesEveryHeadOfTheBranch() {
		RevisionGraph graph = graph(rev("dd01"), labelled("dd02", "feature", "dd01"), rev("dd03", "dd02"),
				rev("dd04", "dd02"));
		MigrationPlan plan = new Planner(graph).upgrade(List.of(), "feature@heads");
		assertThat(plan.currentAfter()).containsExactlyInAnyOrder("dd03", "dd04");
		assertThat(new Planner(graph).stamp(List.of("dd01"), "feature@heads", false).currentAfter())
			.containsExactlyInAnyOrder("dd03", "dd04");
	}

	/** f662 -> d1d3 -> 68db -> 54a4ceec883b; f662 -> 515b (lbl_1) -> 1d0f6e -> 54a4ce76056e. */
	private static RevisionGraph besideALabel() {
		return graph(rev("f662aa"), rev("d1d3aa", "f662aa"), labelled("515baa", "lbl_1", "f662aa"),
				rev("1d0f6e", "515baa"), rev("68dbaa", "d1d3aa"), rev("54a4ce76056e", "1d0f6e"),
				rev("54a4ceec883b", "68dbaa"));
	}

	@Test
	void labelPlusOneStartsFromTheAppliedAncestorOfTheBranch() {
		// Alembic 1.8.1: at {68db}, `upgrade lbl_1@+1` applies 515b.
		MigrationPlan plan = new Planner(besideALabel()).upgrade(List.of("68dbaa"), "lbl_1@+1");
		assertThat(plan.revisionIds()).containsExactly("515baa");
		assertThat(plan.currentAfter()).containsExactlyInAnyOrder("515baa", "68dbaa");
	}

	@Test
	void labelAtPrefixMatchesOnlyWithinTheBranch() {
		// Alembic 1.8.1: `upgrade lbl_1@54a4c` picks 54a4ce76056e, the only match on lbl_1's line.
		MigrationPlan plan = new Planner(besideALabel()).upgrade(List.of("68dbaa"), "lbl_1@54a4c");
		assertThat(plan.revisionIds()).containsExactly("515baa", "1d0f6e", "54a4ce76056e");
		assertThatThrownBy(() -> new Planner(besideALabel()).upgrade(List.of("68dbaa"), "54a4c"))
			.isInstanceOf(TargetException.class)
			.hasMessageContaining("54a4ce76056e")
			.hasMessageContaining("54a4ceec883b");
	}

	@Test
	void downgradeToLabelAtHeadNeedsASingleHeadInTheWholeGraph() {
		// Alembic 1.8.1: "Multiple head revisions are present for given argument 'alpha@head'".
		for (String target : List.of("alpha@head", "alpha@heads")) {
			assertThatThrownBy(() -> new Planner(this.branches).downgrade(List.of("a2", "b2"), target)).as(target)
				.isInstanceOf(MultipleHeadsException.class)
				.hasMessageContaining(target);
		}
		RevisionGraph graph = graph(labelled("a", "main"), rev("b", "a"), rev("c", "b"));
		assertThat(new Planner(graph).downgrade(List.of("c"), "main@head").isEmpty()).isTrue();
	}

	/** root -> b811aa -> c (lbl_3 on b811bb, a child of root); b811aa -> d: b811aa branches. */
	private static RevisionGraph forkAfterAPrefix() {
		return graph(rev("root"), labelled("b811bb", "lbl_3", "root"), rev("e0", "b811bb"), rev("b811aa", "root"),
				rev("c", "b811aa"), rev("d", "b811aa"));
	}

	@Test
	void downgradeLabelAtPrefixLooksThePrefixUpOverTheWholeGraph() {
		// Alembic 1.8.1 seed 78: `downgrade lbl_3@b811` with b811 matching revisions of two branches is
		// "Can't locate revision identified by 'b811'"; an upgrade matches within the branch only.
		assertThatThrownBy(() -> new Planner(forkAfterAPrefix()).downgrade(List.of("e0", "c", "d"), "lbl_3@b811"))
			.isInstanceOf(TargetException.class)
			.hasMessageContaining("b811aa")
			.hasMessageContaining("b811bb");
		assertThat(new Planner(forkAfterAPrefix()).downgrade(List.of("e0", "c", "d"), "lbl_3@b811bb").revisionIds())
			.containsExactly("e0");
	}

	@Test
	void downgradeLabelAtARevisionThatBranchesKeepsOnlyTheChildTowardsTheLabel() {
		// Alembic 1.8.1 seed 48: `downgrade lbl_1@25956be` where 25956be branches and neither child leads to
		// lbl_1's revision: "Not a valid downgrade target from current heads".
		RevisionGraph graph = graph(labelled("r", "main"), rev("x", "r"), labelled("y", "side", "x"), rev("z", "x"));
		assertThatThrownBy(() -> new Planner(graph).downgrade(List.of("y", "z"), "main@x"))
			.isInstanceOf(TargetException.class)
			.hasMessageContaining("none of them leads to r");
		// r has a single child, so no child is filtered: side@r cuts x and everything after it.
		assertThat(new Planner(graph).downgrade(List.of("y", "z"), "side@r").revisionIds())
			.containsExactlyInAnyOrder("y", "z", "x");
		// root branches into b811bb (lbl_3) and b811aa: lbl_3@root cuts lbl_3's child only.
		MigrationPlan plan = new Planner(forkAfterAPrefix()).downgrade(List.of("e0", "c", "d"), "lbl_3@root");
		assertThat(plan.revisionIds()).containsExactlyInAnyOrder("e0", "b811bb");
		assertThat(plan.currentAfter()).containsExactlyInAnyOrder("c", "d");
	}

	@Test
	void stampLabelAtPrefixWithRowsLooksThePrefixUpOverTheWholeGraph() {
		// Alembic 1.8.1 seed 199: `stamp lbl_3@dfd1` with current rows is "Can't locate revision identified by
		// 'dfd1'" when dfd1 also matches other branches' revisions; with no rows it stamps within the branch.
		assertThatThrownBy(() -> new Planner(forkAfterAPrefix()).stamp(List.of("c"), "lbl_3@b811", false))
			.isInstanceOf(TargetException.class)
			.hasMessageContaining("b811aa");
		assertThat(new Planner(forkAfterAPrefix()).stamp(List.of(), "lbl_3@b811", false).currentAfter())
			.containsExactly("b811bb");
	}

}
