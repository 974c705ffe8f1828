package dev.migrate.core.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.migrate.core.revision.Revision;

/** Validates revisions and lays them out as a {@link RevisionGraph}. */
final class GraphBuilder {

	private static final int[] NONE = new int[0];

	private final Revision[] sorted;

	GraphBuilder(Collection<Revision> revisions) {
		this.sorted = revisions.toArray(new Revision[0]);
		// Sorting by id makes every later choice (topological order, listings) independent of
		// the order in which files were found.
		Arrays.sort(this.sorted, Comparator.comparing(Revision::id));
	}

	RevisionGraph build() {
		int n = this.sorted.length;
		Map<String, Integer> index = indexIds();
		Map<String, Integer> labels = indexLabels(index);
		int[][] parents = new int[n][];
		int[][] dependencies = new int[n][];
		for (int i = 0; i < n; i++) {
			parents[i] = resolveParents(this.sorted[i], index);
			dependencies[i] = resolveDependencies(this.sorted[i], index, labels);
		}
		int[][] children = invert(parents, n);
		int[][] dependents = invert(dependencies, n);
		int[] order = topologicalOrder(parents, dependencies, children, dependents);
		return relabel(order, parents, dependencies, index, labels);
	}

	private Map<String, Integer> indexIds() {
		Map<String, Integer> index = new HashMap<>(this.sorted.length * 2);
		for (int i = 0; i < this.sorted.length; i++) {
			if (i > 0 && this.sorted[i].id().equals(this.sorted[i - 1].id())) {
				throw new DuplicateRevisionException(this.sorted[i].id(),
						List.of(this.sorted[i - 1].source(), this.sorted[i].source()));
			}
			index.put(this.sorted[i].id(), i);
		}
		return index;
	}

	private Map<String, Integer> indexLabels(Map<String, Integer> index) {
		Map<String, Integer> labels = new HashMap<>();
		for (int i = 0; i < this.sorted.length; i++) {
			Revision revision = this.sorted[i];
			for (String label : revision.branchLabels()) {
				if (index.containsKey(label)) {
					throw DuplicateLabelException.collidesWithRevision(label, describe(revision));
				}
				Integer previous = labels.putIfAbsent(label, i);
				if (previous != null) {
					throw new DuplicateLabelException(label, describe(this.sorted[previous]), describe(revision));
				}
			}
		}
		return labels;
	}

	private static String describe(Revision revision) {
		return revision.id() + " (" + revision.source() + ")";
	}

	private static int[] resolveParents(Revision revision, Map<String, Integer> index) {
		List<String> downRevisions = revision.downRevisions();
		if (downRevisions.isEmpty()) {
			return NONE;
		}
		int[] result = new int[downRevisions.size()];
		for (int k = 0; k < result.length; k++) {
			Integer parent = index.get(downRevisions.get(k));
			if (parent == null) {
				throw new UnknownReferenceException(revision.id(), revision.source(), "down_revision",
						downRevisions.get(k));
			}
			for (int j = 0; j < k; j++) {
				if (result[j] == parent) {
					throw new GraphException("Revision " + describe(revision) + " lists down_revision '"
							+ downRevisions.get(k) + "' twice. List each parent once.");
				}
			}
			result[k] = parent;
		}
		return result;
	}

	private static int[] resolveDependencies(Revision revision, Map<String, Integer> index,
			Map<String, Integer> labels) {
		List<String> dependsOn = revision.dependsOn();
		if (dependsOn.isEmpty()) {
			return NONE;
		}
		int[] result = new int[dependsOn.size()];
		int count = 0;
		for (String reference : dependsOn) {
			Integer target = index.get(reference);
			if (target == null) {
				target = labels.get(reference);
			}
			if (target == null) {
				throw new UnknownReferenceException(revision.id(), revision.source(), "depends_on", reference);
			}
			boolean seen = false;
			for (int j = 0; j < count; j++) {
				seen |= result[j] == target;
			}
			if (!seen) {
				result[count++] = target;
			}
		}
		return (count == result.length) ? result : Arrays.copyOf(result, count);
	}

	/** Reverses edges; each target's sources come out in ascending order. */
	private static int[][] invert(int[][] edges, int n) {
		int[] counts = new int[n];
		for (int[] targets : edges) {
			for (int target : targets) {
				counts[target]++;
			}
		}
		int[][] result = new int[n][];
		for (int i = 0; i < n; i++) {
			result[i] = (counts[i] == 0) ? NONE : new int[counts[i]];
		}
		int[] fill = new int[n];
		for (int source = 0; source < n; source++) {
			for (int target : edges[source]) {
				result[target][fill[target]++] = source;
			}
		}
		return result;
	}

	/**
	 * Kahn's algorithm with a stack rather than a queue, so that a branch is followed to its
	 * end before the next one starts; among ready revisions the smallest id goes first.
	 */
	private int[] topologicalOrder(int[][] parents, int[][] dependencies, int[][] children, int[][] dependents) {
		int n = parents.length;
		int[] waiting = new int[n];
		int[] stack = new int[n];
		int top = 0;
		for (int i = n - 1; i >= 0; i--) {
			waiting[i] = parents[i].length + dependencies[i].length;
			if (waiting[i] == 0) {
				stack[top++] = i;
			}
		}
		int[] order = new int[n];
		int done = 0;
		while (top > 0) {
			int node = stack[--top];
			order[done++] = node;
			top = release(dependents[node], waiting, stack, top);
			top = release(children[node], waiting, stack, top);
		}
		if (done < n) {
			List<Integer> loop = findCycle(waiting, parents, dependencies);
			List<String> cycle = new ArrayList<>();
			List<String> files = new ArrayList<>();
			for (int member : loop) {
				cycle.add(this.sorted[member].id());
				files.add(this.sorted[member].source());
			}
			cycle.add(cycle.get(0));
			throw new CycleException(cycle, files);
		}
		return order;
	}

	private static int release(int[] next, int[] waiting, int[] stack, int top) {
		// Pushed in descending order so that the smallest id is popped first.
		for (int k = next.length - 1; k >= 0; k--) {
			if (--waiting[next[k]] == 0) {
				stack[top++] = next[k];
			}
		}
		return top;
	}

	/**
	 * Every revision left waiting still waits for another one left waiting, so walking from
	 * any of them to a waiting prerequisite must revisit a revision: that loop is a cycle, returned
	 * in apply order.
	 */
	private static List<Integer> findCycle(int[] waiting, int[][] parents, int[][] dependencies) {
		int start = 0;
		while (waiting[start] == 0) {
			start++;
		}
		Map<Integer, Integer> position = new HashMap<>();
		List<Integer> path = new ArrayList<>();
		int node = start;
		while (!position.containsKey(node)) {
			position.put(node, path.size());
			path.add(node);
			node = waitingPrerequisite(node, waiting, parents, dependencies);
		}
		List<Integer> loop = new ArrayList<>(path.subList(position.get(node), path.size()));
		// The walk went from a revision to what it needs; print in apply order instead.
		Collections.reverse(loop);
		return loop;
	}

	private static int waitingPrerequisite(int node, int[] waiting, int[][] parents, int[][] dependencies) {
		for (int parent : parents[node]) {
			if (waiting[parent] > 0) {
				return parent;
			}
		}
		for (int dependency : dependencies[node]) {
			if (waiting[dependency] > 0) {
				return dependency;
			}
		}
		throw new IllegalStateException("Revision waits for nothing but was not ordered");
	}

	/** Renumbers everything in topological order; {@code index} is updated in place. */
	private RevisionGraph relabel(int[] order, int[][] parents, int[][] dependencies, Map<String, Integer> index,
			Map<String, Integer> labels) {
		int n = order.length;
		int[] position = new int[n];
		for (int p = 0; p < n; p++) {
			position[order[p]] = p;
		}
		Revision[] revisions = new Revision[n];
		int[][] newParents = new int[n][];
		int[][] newDependencies = new int[n][];
		for (int p = 0; p < n; p++) {
			int old = order[p];
			revisions[p] = this.sorted[old];
			index.put(revisions[p].id(), p);
			newParents[p] = remap(parents[old], position);
			newDependencies[p] = remap(dependencies[old], position);
		}
		Map<String, Integer> newLabels = new HashMap<>();
		labels.forEach((label, old) -> newLabels.put(label, position[old]));
		return new RevisionGraph(revisions, Collections.unmodifiableMap(index), Collections.unmodifiableMap(newLabels),
				newParents, newDependencies, invert(newParents, n), invert(newDependencies, n));
	}

	private static int[] remap(int[] edges, int[] position) {
		if (edges.length == 0) {
			return NONE;
		}
		int[] result = new int[edges.length];
		for (int k = 0; k < edges.length; k++) {
			result[k] = position[edges[k]];
		}
		return result;
	}

}
