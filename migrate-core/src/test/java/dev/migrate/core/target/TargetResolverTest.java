package dev.migrate.core.target;

import static dev.migrate.core.graph.TestRevisions.fork;
import static dev.migrate.core.graph.TestRevisions.graph;
import static dev.migrate.core.graph.TestRevisions.labelled;
import static dev.migrate.core.graph.TestRevisions.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.core.graph.RevisionGraph;

class TargetResolverTest {

	/** root -> a1 -> a2 (label "alpha" on a1), root -> b1 -> b2 (label "beta" on b1), plus ab12cd/ab12ef ids. */
	private final RevisionGraph branches = graph(rev("root"), labelled("a1", "alpha", "root"), rev("a2", "a1"),
			labelled("b1", "beta", "root"), rev("b2", "b1"));

	private final RevisionGraph chain = graph(rev("ab12cd00"), rev("ab12ef00", "ab12cd00"), rev("cdef0000", "ab12ef00"),
			rev("dddd0000", "cdef0000"));

	private List<String> destination(RevisionGraph graph, String target, String... current) {
		BitSet applied = graph.ancestorsOf(graph.indexes(List.of(current)));
		return graph.ids(new TargetResolver(graph).destination(Target.parse(target), applied));
	}

	private List<String> cut(RevisionGraph graph, String target, String... current) {
		BitSet applied = graph.ancestorsOf(graph.indexes(List.of(current)));
		return graph.ids(new TargetResolver(graph).cut(Target.parse(target), applied));
	}

	@Test
	void headIsTheSingleHead() {
		assertThat(destination(this.chain, "head")).containsExactly("dddd0000");
	}

	@Test
	void headWithSeveralHeadsNamesThemAndSuggestsMerge() {
		assertThatThrownBy(() -> destination(fork(), "head")).isInstanceOfSatisfying(MultipleHeadsException.class, e -> {
			assertThat(e.heads()).containsExactly("bbbb1", "cccc1");
			assertThat(e.target()).isEqualTo("head");
		}).hasMessageContaining("bbbb1, cccc1").hasMessageContaining("migrate merge -m");
	}

	@Test
	void headsAndBase() {
		assertThat(destination(fork(), "heads")).containsExactly("bbbb1", "cccc1");
		assertThat(destination(fork(), "base")).isEmpty();
	}

	@Test
	void fullIdAndUniquePrefix() {
		assertThat(destination(this.chain, "ab12ef00")).containsExactly("ab12ef00");
		assertThat(destination(this.chain, "cdef")).containsExactly("cdef0000");
	}

	@Test
	void ambiguousPrefixListsTheMatches() {
		assertThatThrownBy(() -> destination(this.chain, "ab12")).isInstanceOfSatisfying(AmbiguousPrefixException.class,
				e -> assertThat(e.matches()).containsExactly("ab12cd00", "ab12ef00"))
			.hasMessageContaining("ambiguous")
			.hasMessageContaining("ab12cd00, ab12ef00");
	}

	@Test
	void prefixShorterThanFourCharactersIsRefused() {
		assertThatThrownBy(() -> destination(this.chain, "ab1")).isInstanceOf(TargetException.class)
			.hasMessageContaining("at least 4 characters");
	}

	@Test
	void unknownRevisionIsAnError() {
		assertThatThrownBy(() -> destination(this.chain, "ffff")).isInstanceOf(TargetException.class)
			.hasMessageContaining("No revision matches 'ffff'");
	}

	@Test
	void labelAtHeadIsTheBranchHeadAndABareLabelTheLabelledRevision() {
		// Alembic 1.8.1: `upgrade beta` runs b1 only; `beta@head` reaches b2.
		assertThat(destination(this.branches, "alpha@head")).containsExactly("a2");
		assertThat(destination(this.branches, "beta")).containsExactly("b1");
	}

	@Test
	void aLabelThatIsAlsoAnIdPrefixIsAnErrorNamingBoth() {
		RevisionGraph graph = graph(rev("aaaa00000001"), labelled("bbbb00000001", "aaaa"), rev("bbbb00000002", "bbbb00000001"));
		assertThatThrownBy(() -> destination(graph, "aaaa")).isInstanceOf(TargetException.class)
			.hasMessageContaining("'aaaa' is ambiguous")
			.hasMessageContaining("branch label of bbbb00000001")
			.hasMessageContaining("prefix of aaaa00000001");
		assertThat(destination(graph, "aaaa@head")).as("a label before @ is a branch").containsExactly("bbbb00000002");
		assertThat(destination(graph, "aaaa00000001")).containsExactly("aaaa00000001");
	}

	@Test
	void labelAtHeadWithSeveralHeadsInTheBranchIsAnError() {
		RevisionGraph graph = graph(labelled("r", "main"), rev("x", "r"), rev("y", "r"));
		assertThatThrownBy(() -> destination(graph, "main@head")).isInstanceOf(MultipleHeadsException.class)
			.hasMessageContaining("'main@head'");
	}

	@Test
	void labelAtRevisionChecksTheBranch() {
		assertThat(destination(this.branches, "alpha@a1")).containsExactly("a1");
		assertThat(destination(this.branches, "alpha@root")).containsExactly("root");
		assertThatThrownBy(() -> destination(this.branches, "alpha@b2")).isInstanceOf(TargetException.class)
			.hasMessageContaining("not on branch 'alpha'");
	}

	@Test
	void relativeForwardFromCurrentHead() {
		assertThat(destination(this.chain, "+1", "ab12cd00")).containsExactly("ab12ef00");
		assertThat(destination(this.chain, "+3", "ab12cd00")).containsExactly("dddd0000");
		assertThat(destination(this.chain, "+2")).as("from an empty database").containsExactly("ab12ef00");
	}

	@Test
	void relativeForwardPastTheHeadIsAnError() {
		assertThatThrownBy(() -> destination(this.chain, "+2", "cdef0000")).isInstanceOf(TargetException.class)
			.hasMessageContaining("only 1 revision(s) follow");
	}

	@Test
	void relativeForwardAtABranchPointIsAmbiguous() {
		assertThatThrownBy(() -> destination(this.branches, "+1", "root")).isInstanceOf(TargetException.class)
			.hasMessageContaining("branches into a1, b1");
		assertThat(destination(this.branches, "beta@+1", "root")).containsExactly("b1");
	}

	@Test
	void relativeFromCurrentWithSeveralHeadsAsksForAScope() {
		assertThatThrownBy(() -> destination(this.branches, "+1", "a1", "b1")).isInstanceOf(TargetException.class)
			.hasMessageContaining("there are 2: a1, b1")
			.hasMessageContaining("<label>@+1");
		assertThat(destination(this.branches, "alpha@+1", "a1", "b1")).containsExactly("a2");
	}

	@Test
	void relativeFromARevision() {
		assertThat(destination(this.chain, "ab12cd00+2")).containsExactly("cdef0000");
		assertThat(destination(this.chain, "dddd-2")).containsExactly("ab12ef00");
		assertThat(destination(this.chain, "ab12ef00-2")).as("to before the base").isEmpty();
		assertThatThrownBy(() -> destination(this.chain, "ab12ef00-3")).isInstanceOf(TargetException.class)
			.hasMessageContaining("past the base");
	}

	@Test
	void minusOneCutsTheCurrentHead() {
		assertThat(cut(this.chain, "-1", "dddd0000")).containsExactly("dddd0000");
		assertThat(cut(this.chain, "-2", "dddd0000")).containsExactly("cdef0000");
		assertThat(cut(this.chain, "-4", "dddd0000")).containsExactly("ab12cd00");
	}

	@Test
	void minusNPastTheBaseIsAnError() {
		assertThatThrownBy(() -> cut(this.chain, "-5", "dddd0000")).isInstanceOf(TargetException.class)
			.hasMessageContaining("base is reached");
	}

	@Test
	void minusNWithNothingAppliedIsAnError() {
		assertThatThrownBy(() -> cut(this.chain, "-1")).isInstanceOf(TargetException.class)
			.hasMessageContaining("nothing is applied");
	}

	@Test
	void minusNThroughAMergeIsAmbiguous() {
		RevisionGraph diamond = dev.migrate.core.graph.TestRevisions.diamond();
		assertThat(cut(diamond, "-1", "merge")).containsExactly("merge");
		assertThatThrownBy(() -> cut(diamond, "-2", "merge")).isInstanceOf(TargetException.class)
			.hasMessageContaining("merges left, right");
	}

	@Test
	void scopedMinusNCutsOnlyThatBranch() {
		assertThat(cut(this.branches, "beta@-2", "a2", "b2")).containsExactly("b1");
	}

	@Test
	void downgradeToARevisionCutsItsAppliedChildren() {
		assertThat(cut(this.branches, "root", "a2", "b2")).containsExactly("a1", "b1");
		assertThat(cut(this.branches, "alpha@root", "a2", "b2")).containsExactly("a1");
	}

	@Test
	void downgradeToAnUnappliedRevisionIsRefused() {
		assertThatThrownBy(() -> cut(this.branches, "a2", "a1", "b2")).isInstanceOf(TargetException.class)
			.hasMessageContaining("a2")
			.hasMessageContaining("is not applied");
	}

	@Test
	void downgradeForwardIsRefused() {
		assertThatThrownBy(() -> cut(this.chain, "+1", "ab12cd00")).isInstanceOf(TargetException.class)
			.hasMessageContaining("goes forward");
	}

	@Test
	void branchBaseCutsTheBranchStart() {
		assertThat(cut(this.branches, "beta@base", "a2", "b2")).containsExactly("b1");
		assertThatThrownBy(() -> destination(this.branches, "beta@base")).isInstanceOf(TargetException.class)
			.hasMessageContaining("downgrade target");
	}

}
