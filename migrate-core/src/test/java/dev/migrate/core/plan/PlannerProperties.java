package dev.migrate.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.SqlBody;
import dev.migrate.core.target.TargetException;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Planning rules checked over random graphs with branches, merges and depends_on edges. */
class PlannerProperties {

	/** A random DAG: each revision has 0 to 2 parents and sometimes a dependency among earlier ones. */
	static RevisionGraph randomGraph(int size, long seed) {
		Random random = new Random(seed);
		List<Revision> revisions = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			Set<String> parents = new LinkedHashSet<>();
			List<String> dependsOn = new ArrayList<>();
			if (i > 0 && random.nextInt(10) > 0) {
				parents.add("r" + random.nextInt(i));
				if (random.nextInt(5) == 0) {
					parents.add("r" + random.nextInt(i));
				}
				if (random.nextInt(6) == 0) {
					String dependency = "r" + random.nextInt(i);
					if (!parents.contains(dependency)) {
						dependsOn.add(dependency);
					}
				}
			}
			revisions.add(new Revision("r" + i, List.copyOf(parents), dependsOn, Set.of(), "", null, true, "r" + i + ".sql",
					null, new SqlBody("SELECT 1;", 1, "SELECT 2;", 2)));
		}
		// The graph must not depend on the order in which revisions are found.
		java.util.Collections.shuffle(revisions, random);
		return RevisionGraph.of(revisions);
	}

	/** The version rows of a random reachable state: the heads of a random applied set. */
	static List<String> randomState(RevisionGraph graph, long seed) {
		Random random = new Random(seed ^ 0x5DEECE66DL);
		BitSet picked = new BitSet();
		for (int i = 0; i < graph.size(); i++) {
			if (random.nextInt(4) == 0) {
				picked.set(i);
			}
		}
		return graph.headsOf(graph.ancestorsOf(picked));
	}

	@Property(tries = 300)
	void upgradeToHeadsIsATopologicalOrderApplyingEachMissingRevisionOnce(@ForAll @IntRange(min = 1, max = 40) int size,
			@ForAll long seed) {
		RevisionGraph graph = randomGraph(size, seed);
		List<String> current = randomState(graph, seed);
		Planner planner = new Planner(graph);
		BitSet applied = planner.applied(current);
		MigrationPlan plan = planner.upgrade(current, "heads");

		Set<String> done = new HashSet<>(graph.ids(applied));
		for (PlanStep step : plan.steps()) {
			Revision revision = step.revision();
			assertThat(done).as("%s runs once and was not applied", revision.id()).doesNotContain(revision.id());
			assertThat(done).as("everything %s needs ran before it", revision.id())
				.containsAll(revision.downRevisions())
				.containsAll(revision.dependsOn());
			done.add(revision.id());
		}
		assertThat(done).hasSize(graph.size());
		BitSet all = new BitSet();
		all.set(0, graph.size());
		assertThat(new HashSet<>(plan.currentAfter())).as("the heads no revision depends on")
			.isEqualTo(new HashSet<>(graph.headsOf(all)));
		for (String row : plan.currentAfter()) {
			assertThat(graph.revisions()).as("no revision names row %s in down_revision or depends_on", row)
				.noneMatch(r -> r.downRevisions().contains(row) || graph.ids(dependencies(graph, r)).contains(row));
		}
	}

	@Property(tries = 300)
	void versionRowsAfterEveryStepAreTheHeadsOfWhatIsApplied(@ForAll @IntRange(min = 1, max = 40) int size,
			@ForAll long seed, @ForAll @IntRange(min = 0, max = 39) int pick) {
		RevisionGraph graph = randomGraph(size, seed);
		Planner planner = new Planner(graph);
		List<String> current = randomState(graph, seed);
		String target = graph.revision(pick % size).id();
		BitSet applied = planner.applied(current);
		Assume.that(!applied.get(pick % size) || isDowngradeTarget(graph, pick % size, applied));
		MigrationPlan plan = applied.get(pick % size) ? planner.downgrade(current, target)
				: planner.upgrade(current, target);

		Set<String> rows = new LinkedHashSet<>(plan.currentBefore());
		for (PlanStep step : plan.steps()) {
			assertThat(step.deleteVersions()).as("a deleted row exists").isSubsetOf(rows);
			rows.removeAll(step.deleteVersions());
			assertThat(java.util.Collections.disjoint(rows, step.insertVersions())).as("an inserted row is new").isTrue();
			rows.addAll(step.insertVersions());
			int index = graph.indexOf(step.revision().id());
			if (step.operation() == Operation.UPGRADE) {
				applied.set(index);
			}
			else {
				applied.clear(index);
			}
			assertThat(graph.ancestorsOf(applied)).as("the applied set stays closed after %s", step.revision().id())
				.isEqualTo(applied);
			assertThat(new HashSet<>(rows)).isEqualTo(new HashSet<>(graph.headsOf(applied)));
		}
		assertThat(new HashSet<>(rows)).isEqualTo(new HashSet<>(plan.currentAfter()));
	}

	/** Whether a downgrade to an applied revision has something to do or the revision is a row (else Alembic refuses). */
	static boolean isDowngradeTarget(RevisionGraph graph, int revision, BitSet applied) {
		return !appliedChildren(graph, revision, applied).isEmpty()
				|| graph.headsOf(applied).contains(graph.revision(revision).id());
	}

	static BitSet appliedChildren(RevisionGraph graph, int revision, BitSet applied) {
		BitSet children = new BitSet();
		for (int child : graph.children(revision)) {
			if (applied.get(child)) {
				children.set(child);
			}
		}
		return children;
	}

	static BitSet dependencies(RevisionGraph graph, Revision revision) {
		BitSet result = new BitSet();
		for (int dependency : graph.dependencies(graph.indexOf(revision.id()))) {
			result.set(dependency);
		}
		return result;
	}

	@Property(tries = 300)
	void upgradeToAnAppliedRevisionDoesNothing(@ForAll @IntRange(min = 1, max = 40) int size, @ForAll long seed,
			@ForAll @IntRange(min = 0, max = 39) int pick) {
		RevisionGraph graph = randomGraph(size, seed);
		Planner planner = new Planner(graph);
		List<String> current = randomState(graph, seed);
		Assume.that(planner.applied(current).get(pick % size));
		MigrationPlan plan = planner.upgrade(current, graph.revision(pick % size).id());
		assertThat(plan.isEmpty()).isTrue();
		assertThat(plan.currentAfter()).isEqualTo(plan.currentBefore());
	}

	@Property(tries = 300)
	void downgradeRemovesWhatDescendsFromTheTargetsChildrenAndNothingElse(@ForAll @IntRange(min = 1, max = 40) int size,
			@ForAll long seed, @ForAll @IntRange(min = 0, max = 39) int pick) {
		RevisionGraph graph = randomGraph(size, seed);
		Planner planner = new Planner(graph);
		List<String> current = randomState(graph, seed);
		BitSet applied = planner.applied(current);
		int keep = pick % size;
		Assume.that(applied.get(keep));
		String target = graph.revision(keep).id();
		if (!isDowngradeTarget(graph, keep, applied)) {
			// Only depended on: Alembic says it is no valid downgrade target.
			assertThatThrownBy(() -> planner.downgrade(current, target)).isInstanceOf(TargetException.class)
				.hasMessageContaining("Nothing to downgrade to " + target);
			return;
		}
		MigrationPlan plan = planner.downgrade(current, target);

		BitSet removed = graph.descendantsOf(appliedChildren(graph, keep, applied));
		removed.and(applied);
		assertThat(new HashSet<>(plan.revisionIds())).isEqualTo(new HashSet<>(graph.ids(removed)));
		BitSet after = (BitSet) applied.clone();
		after.andNot(removed);
		assertThat(after.get(keep)).isTrue();
		assertThat(new HashSet<>(plan.currentAfter())).isEqualTo(new HashSet<>(graph.headsOf(after)));
	}

	@Property(tries = 300)
	void upgradeThenDowngradeReturnsToTheStart(@ForAll @IntRange(min = 1, max = 40) int size, @ForAll long seed,
			@ForAll @IntRange(min = 0, max = 39) int from, @ForAll @IntRange(min = 0, max = 39) int to) {
		RevisionGraph graph = randomGraph(size, seed);
		Planner planner = new Planner(graph);
		String start = graph.revision(from % size).id();
		String target = graph.revision(to % size).id();
		BitSet startSet = new BitSet();
		startSet.set(from % size);
		Assume.that(to % size == from % size || !graph.ancestorsOf(startSet).get(to % size));
		MigrationPlan up = planner.upgrade(List.of(start), target);
		// Only a start that a single downgrade target can name: everything the upgrade ran descends
		// from a child of the start (a downgrade to the start cuts its children).
		BitSet line = graph.descendantsOf(appliedChildren(graph, from % size, planner.applied(up.currentAfter())));
		Assume.that(up.steps().stream().allMatch(s -> line.get(graph.indexOf(s.revision().id()))));

		MigrationPlan down = planner.downgrade(up.currentAfter(), start);
		assertThat(down.currentAfter()).containsExactly(start);
		List<String> reversed = new ArrayList<>(up.revisionIds());
		java.util.Collections.reverse(reversed);
		assertThat(new HashSet<>(down.revisionIds())).isEqualTo(new HashSet<>(reversed));
	}

	@Property(tries = 200)
	void upgradeFromBaseThenDowngradeToBaseEmptiesTheVersionTable(@ForAll @IntRange(min = 1, max = 40) int size,
			@ForAll long seed, @ForAll @IntRange(min = 0, max = 39) int to) {
		RevisionGraph graph = randomGraph(size, seed);
		Planner planner = new Planner(graph);
		MigrationPlan up = planner.upgrade(List.of(), graph.revision(to % size).id());
		MigrationPlan down = planner.downgrade(up.currentAfter(), "base");
		assertThat(down.currentAfter()).isEmpty();
		assertThat(new HashSet<>(down.revisionIds())).isEqualTo(new HashSet<>(up.revisionIds()));
	}

	@Property(tries = 200)
	void stampLeavesAClosedStateContainingTheTarget(@ForAll @IntRange(min = 1, max = 40) int size, @ForAll long seed,
			@ForAll @IntRange(min = 0, max = 39) int to) {
		RevisionGraph graph = randomGraph(size, seed);
		Planner planner = new Planner(graph);
		List<String> current = randomState(graph, seed);
		String target = graph.revision(to % size).id();
		MigrationPlan plan = planner.stamp(current, target, false);
		BitSet after = planner.applied(plan.currentAfter());
		assertThat(after.get(to % size)).isTrue();
		assertThat(new HashSet<>(graph.headsOf(after))).isEqualTo(new HashSet<>(plan.currentAfter()));
		assertThat(plan.steps()).isEmpty();
	}

}
