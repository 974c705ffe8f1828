package dev.migrate.core.graph;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

import dev.migrate.core.revision.Revision;

/**
 * The immutable graph of all revisions: down_revision edges (which define heads, bases, branch
 * points and merges) and depends_on edges (which only constrain order).
 * <p>
 * Revisions are numbered {@code 0..size()-1} in a deterministic topological order (every
 * revision after everything it needs); the numbers are what the planner works on. Branches
 * stay contiguous in that order: a branch is followed to its end before the next one starts.
 * Built in time linear in revisions plus edges (after sorting the ids once).
 */
public final class RevisionGraph {

	private static final int[][] NO_EDGES = new int[0][];

	private final Revision[] revisions;

	private final Map<String, Integer> indexById;

	private final Map<String, Integer> labels;

	private final int[][] parents;

	private final int[][] dependencies;

	private final int[][] children;

	private final int[][] dependents;

	private final int[] heads;

	private final int[] bases;

	RevisionGraph(Revision[] revisions, Map<String, Integer> indexById, Map<String, Integer> labels, int[][] parents,
			int[][] dependencies, int[][] children, int[][] dependents) {
		this.revisions = revisions;
		this.indexById = indexById;
		this.labels = labels;
		this.parents = parents;
		this.dependencies = dependencies;
		this.children = children;
		this.dependents = dependents;
		this.heads = select(children);
		this.bases = select(parents);
	}

	/**
	 * Builds and validates the graph.
	 * @throws GraphException for a duplicate id, an unknown down_revision or depends_on, a
	 * cycle, or a branch label declared twice
	 */
	public static RevisionGraph of(Collection<Revision> revisions) {
		return new GraphBuilder(revisions).build();
	}

	private static int[] select(int[][] edges) {
		int count = 0;
		for (int[] e : edges) {
			if (e.length == 0) {
				count++;
			}
		}
		int[] result = new int[count];
		int k = 0;
		for (int i = 0; i < edges.length; i++) {
			if (edges[i].length == 0) {
				result[k++] = i;
			}
		}
		return result;
	}

	public int size() {
		return this.revisions.length;
	}

	public boolean isEmpty() {
		return this.revisions.length == 0;
	}

	/** The number of a revision, or -1 when the graph has no revision with that exact id. */
	public int indexOf(String id) {
		Integer index = this.indexById.get(id);
		return (index != null) ? index : -1;
	}

	public Revision revision(int index) {
		return this.revisions[index];
	}

	public Optional<Revision> find(String id) {
		int index = indexOf(id);
		return (index >= 0) ? Optional.of(this.revisions[index]) : Optional.empty();
	}

	public boolean contains(String id) {
		return this.indexById.containsKey(id);
	}

	/** The number of the revision that declares {@code label}, or -1. */
	public int labelIndex(String label) {
		Integer index = this.labels.get(label);
		return (index != null) ? index : -1;
	}

	/** Every declared branch label. */
	public Collection<String> labels() {
		return Collections.unmodifiableSet(this.labels.keySet());
	}

	/** All revisions, each after everything it needs. */
	public List<Revision> revisions() {
		return new RevisionList(this.revisions, false);
	}

	/** All revisions newest first (the reverse of {@link #revisions()}), as {@code history} shows them. */
	public List<Revision> history() {
		return new RevisionList(this.revisions, true);
	}

	/** Revisions that no revision names as down_revision, in topological order. */
	public List<String> heads() {
		return ids(this.heads);
	}

	/** Revisions without a down_revision. */
	public List<String> bases() {
		return ids(this.bases);
	}

	public boolean isHead(int index) {
		return this.children[index].length == 0;
	}

	/** Revisions that two or more revisions name as down_revision. */
	public List<String> branchPoints() {
		List<String> result = new ArrayList<>();
		for (int i = 0; i < this.children.length; i++) {
			if (this.children[i].length > 1) {
				result.add(this.revisions[i].id());
			}
		}
		return result;
	}

	/** Revisions with more than one down_revision. */
	public List<String> mergePoints() {
		List<String> result = new ArrayList<>();
		for (int i = 0; i < this.parents.length; i++) {
			if (this.parents[i].length > 1) {
				result.add(this.revisions[i].id());
			}
		}
		return result;
	}

	/** The down_revisions of a revision, as numbers. */
	public int[] parents(int index) {
		return this.parents[index].clone();
	}

	/** The revisions naming this one in depends_on, as numbers. */
	public int[] dependents(int index) {
		return this.dependents[index].clone();
	}

	/** The revisions naming this one as down_revision, as numbers. */
	public int[] children(int index) {
		return this.children[index].clone();
	}

	/** The resolved depends_on entries of a revision, as numbers. */
	public int[] dependencies(int index) {
		return this.dependencies[index].clone();
	}

	public List<String> childIds(String id) {
		return ids(this.children[require(id)]);
	}

	/** Number of down_revision children of a revision. */
	public int childCount(int index) {
		return this.children[index].length;
	}

	/**
	 * The revisions of {@code seeds} and everything they need, through down_revision and
	 * depends_on edges.
	 */
	public BitSet ancestorsOf(BitSet seeds) {
		return close(seeds, this.parents, this.dependencies);
	}

	/** The revisions of {@code seeds} and everything that needs them. */
	public BitSet descendantsOf(BitSet seeds) {
		return close(seeds, this.children, this.dependents);
	}

	/** The revisions of {@code seeds} and their down_revision ancestors (their line, without dependencies). */
	public BitSet lineAncestorsOf(BitSet seeds) {
		return close(seeds, this.parents, NO_EDGES);
	}

	/** The revisions of {@code seeds} and their down_revision descendants. */
	public BitSet lineDescendantsOf(BitSet seeds) {
		return close(seeds, this.children, NO_EDGES);
	}

	/**
	 * The heads of an applied set, as the version table stores them: the members that no other
	 * member names as down_revision or depends_on. Alembic maintains its rows this way (a
	 * revision's dependencies are among the rows its upgrade replaces), so a revision that an
	 * applied revision depends on is not a row.
	 */
	public List<String> headsOf(BitSet applied) {
		List<String> result = new ArrayList<>();
		for (int i = applied.nextSetBit(0); i >= 0; i = applied.nextSetBit(i + 1)) {
			if (!anyIn(this.children[i], applied) && !anyIn(this.dependents[i], applied)) {
				result.add(this.revisions[i].id());
			}
		}
		return result;
	}

	private static boolean anyIn(int[] indexes, BitSet set) {
		for (int index : indexes) {
			if (set.get(index)) {
				return true;
			}
		}
		return false;
	}

	/** Revision numbers for ids that must exist. */
	public BitSet indexes(Collection<String> ids) {
		BitSet result = new BitSet(size());
		for (String id : ids) {
			result.set(require(id));
		}
		return result;
	}

	private int require(String id) {
		int index = indexOf(id);
		if (index < 0) {
			throw new GraphException("No revision '" + id + "' exists in the configured locations.");
		}
		return index;
	}

	public List<String> ids(BitSet set) {
		List<String> result = new ArrayList<>(set.cardinality());
		for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
			result.add(this.revisions[i].id());
		}
		return result;
	}

	private List<String> ids(int[] indexes) {
		List<String> result = new ArrayList<>(indexes.length);
		for (int index : indexes) {
			result.add(this.revisions[index].id());
		}
		return result;
	}

	private static BitSet close(BitSet seeds, int[][] first, int[][] second) {
		BitSet seen = (BitSet) seeds.clone();
		int[] stack = new int[Math.max(16, seeds.cardinality())];
		int top = 0;
		for (int i = seeds.nextSetBit(0); i >= 0; i = seeds.nextSetBit(i + 1)) {
			stack[top++] = i;
		}
		while (top > 0) {
			int node = stack[--top];
			for (int next : first[node]) {
				if (!seen.get(next)) {
					seen.set(next);
					stack = push(stack, top++, next);
				}
			}
			if (second.length > 0) {
				for (int next : second[node]) {
					if (!seen.get(next)) {
						seen.set(next);
						stack = push(stack, top++, next);
					}
				}
			}
		}
		return seen;
	}

	private static int[] push(int[] stack, int top, int value) {
		int[] result = (top == stack.length) ? Arrays.copyOf(stack, stack.length * 2) : stack;
		result[top] = value;
		return result;
	}

	private static final class RevisionList extends AbstractList<Revision> implements RandomAccess {

		private final Revision[] revisions;

		private final boolean reversed;

		RevisionList(Revision[] revisions, boolean reversed) {
			this.revisions = revisions;
			this.reversed = reversed;
		}

		@Override
		public Revision get(int index) {
			return this.revisions[this.reversed ? this.revisions.length - 1 - index : index];
		}

		@Override
		public int size() {
			return this.revisions.length;
		}

	}

}
