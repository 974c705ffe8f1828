package dev.migrate.core.graph;

import static dev.migrate.core.graph.TestRevisions.depending;
import static dev.migrate.core.graph.TestRevisions.diamond;
import static dev.migrate.core.graph.TestRevisions.fork;
import static dev.migrate.core.graph.TestRevisions.graph;
import static dev.migrate.core.graph.TestRevisions.labelled;
import static dev.migrate.core.graph.TestRevisions.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.revision.Revision;

class RevisionGraphTest {

	@Test
	void diamondHasOneBaseOneHeadOneBranchPointAndOneMerge() {
		RevisionGraph graph = diamond();
		assertThat(graph.bases()).containsExactly("root");
		assertThat(graph.heads()).containsExactly("merge");
		assertThat(graph.branchPoints()).containsExactly("root");
		assertThat(graph.mergePoints()).containsExactly("merge");
	}

	@Test
	void forkHasTwoHeads() {
		RevisionGraph graph = fork();
		assertThat(graph.heads()).containsExactly("bbbb1", "cccc1");
		assertThat(graph.childIds("aaaa1")).containsExactly("bbbb1", "cccc1");
	}

	@Test
	void revisionsComeAfterEverythingTheyNeed() {
		RevisionGraph graph = graph(rev("d", "b", "c"), rev("c", "a"), rev("b", "a"), rev("a"),
				depending("e", List.of("d")));
		List<String> order = graph.revisions().stream().map(Revision::id).toList();
		assertThat(order).containsExactly("a", "b", "c", "d", "e");
	}

	@Test
	void orderDoesNotDependOnInputOrderAndKeepsBranchesTogether() {
		List<Revision> revisions = new ArrayList<>(List.of(rev("r"), rev("a1", "r"), rev("a2", "a1"), rev("a3", "a2"),
				rev("b1", "r"), rev("b2", "b1")));
		List<String> first = RevisionGraph.of(revisions).revisions().stream().map(Revision::id).toList();
		Collections.reverse(revisions);
		List<String> second = RevisionGraph.of(revisions).revisions().stream().map(Revision::id).toList();
		assertThat(first).isEqualTo(second).containsExactly("r", "a1", "a2", "a3", "b1", "b2");
	}

	@Test
	void historyIsNewestFirst() {
		assertThat(diamond().history().stream().map(Revision::id)).containsExactly("merge", "right", "left", "root");
	}

	@Test
	void dependsOnMayNameABranchLabel() {
		RevisionGraph graph = graph(rev("a"), labelled("n1", "networking"), depending("b", List.of("networking"), "a"));
		int b = graph.indexOf("b");
		assertThat(graph.dependencies(b)).containsExactly(graph.indexOf("n1"));
		assertThat(graph.heads()).as("depends_on does not make n1 a non-head").contains("n1", "b");
	}

	@Test
	void headsOfAnAppliedSetCountDependsOnAsAnEdge() {
		RevisionGraph graph = graph(rev("a"), rev("x"), depending("b", List.of("x"), "a"));
		BitSet applied = graph.ancestorsOf(graph.indexes(List.of("b")));
		assertThat(graph.ids(applied)).containsExactlyInAnyOrder("a", "x", "b");
		assertThat(graph.headsOf(applied)).as("as alembic_version would hold them").containsExactly("b");
		assertThat(graph.heads()).as("the graph's heads still ignore depends_on").containsExactlyInAnyOrder("x", "b");
	}

	@Test
	void duplicateIdNamesBothFiles() {
		Revision one = rev("abcd");
		Revision two = new Revision("abcd", List.of(), List.of(), java.util.Set.of(), "", null, true, "other/abcd_y.sql",
				null, one.body());
		assertThatThrownBy(() -> graph(one, two)).isInstanceOf(DuplicateRevisionException.class)
			.hasMessageContaining("'abcd'")
			.hasMessageContaining("abcd_x.sql")
			.hasMessageContaining("other/abcd_y.sql")
			.extracting(e -> ((MigrateException) e).code())
			.isEqualTo(ErrorCode.INVALID_GRAPH);
	}

	@Test
	void unknownDownRevisionNamesTheRevisionItsFileAndTheMissingId() {
		assertThatThrownBy(() -> graph(rev("a"), rev("b", "zzzz"))).isInstanceOf(UnknownReferenceException.class)
			.hasMessageContaining("Revision b (b_x.sql)")
			.hasMessageContaining("down_revision 'zzzz'");
	}

	@Test
	void unknownDependsOnIsAnError() {
		assertThatThrownBy(() -> graph(rev("a"), depending("b", List.of("nope"), "a")))
			.isInstanceOf(UnknownReferenceException.class)
			.hasMessageContaining("depends_on 'nope'")
			.hasMessageContaining("branch label");
	}

	@Test
	void parentListedTwiceIsAnError() {
		assertThatThrownBy(() -> graph(rev("a"), rev("b", "a", "a"))).isInstanceOf(GraphException.class)
			.hasMessageContaining("lists down_revision 'a' twice");
	}

	@Test
	void cycleIsPrintedInApplyOrder() {
		assertThatThrownBy(() -> graph(rev("root"), rev("a", "c"), rev("b", "a"), rev("c", "b"), rev("d", "root")))
			.isInstanceOfSatisfying(CycleException.class, e -> {
				List<String> cycle = e.cycle();
				assertThat(cycle).hasSize(4);
				assertThat(cycle.get(0)).isEqualTo(cycle.get(3));
				assertThat(cycle.subList(0, 3)).containsExactlyInAnyOrder("a", "b", "c");
				int a = cycle.indexOf("a");
				assertThat(cycle.get(a + 1)).isEqualTo("b");
			})
			.hasMessageContaining("cycle");
	}

	@Test
	void selfReferenceIsACycle() {
		assertThatThrownBy(() -> graph(rev("a", "a"))).isInstanceOf(CycleException.class).hasMessageContaining("a -> a");
	}

	@Test
	void cycleThroughDependsOnIsFound() {
		assertThatThrownBy(() -> graph(depending("a", List.of("b")), rev("b", "a"))).isInstanceOf(CycleException.class);
	}

	@Test
	void labelDeclaredTwiceNamesBothRevisions() {
		assertThatThrownBy(() -> graph(labelled("a", "accounts"), labelled("b", "accounts", "a")))
			.isInstanceOf(DuplicateLabelException.class)
			.hasMessageContaining("'accounts'")
			.hasMessageContaining("a (a_x.sql)")
			.hasMessageContaining("b (b_x.sql)");
	}

	@Test
	void labelEqualToARevisionIdIsAnError() {
		assertThatThrownBy(() -> graph(rev("a"), labelled("b", "a", "a"))).isInstanceOf(DuplicateLabelException.class)
			.hasMessageContaining("also a revision id");
	}

	@Test
	void emptyGraphHasNoHeads() {
		RevisionGraph graph = RevisionGraph.of(List.of());
		assertThat(graph.heads()).isEmpty();
		assertThat(graph.isEmpty()).isTrue();
	}

}
