package dev.migrate.core.drawing;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.target.Target;
import dev.migrate.core.target.TargetResolver;

/** Which revisions a drawing shows: all of them, a range {@code <from>:<to>}, or those near one revision. */
public final class GraphScope {

	private final RevisionGraph graph;

	private final TargetResolver resolver;

	public GraphScope(RevisionGraph graph) {
		this.graph = graph;
		this.resolver = new TargetResolver(graph);
	}

	public BitSet all() {
		BitSet all = new BitSet(this.graph.size());
		all.set(0, this.graph.size());
		return all;
	}

	/**
	 * {@code <from>:<to>}: the revisions that {@code to} needs and that need {@code from}, both
	 * included. Either side may be empty ({@code :<to>} starts at base, {@code <from>:} ends at the
	 * heads); each side is a target ({@code heads}, an id or prefix, {@code <label>@head}, ...), and
	 * {@code <to>} may list several, comma-separated.
	 */
	public BitSet range(String range) {
		int colon = range.indexOf(':');
		if (colon < 0) {
			throw new MigrateException(ErrorCode.USAGE, "'" + range + "' is not a range: write <from>:<to>, e.g. "
					+ "base:heads, 1a2b:head or 1a2b: (to the heads).");
		}
		String from = range.substring(0, colon).trim();
		String to = range.substring(colon + 1).trim();
		BitSet ends = new BitSet();
		for (String end : (to.isEmpty() ? "heads" : to).split(",")) {
			ends.or(destination(end.trim()));
		}
		BitSet upTo = this.graph.ancestorsOf(ends);
		if (!from.isEmpty() && !from.equals("base")) {
			upTo.and(this.graph.descendantsOf(destination(from)));
		}
		if (upTo.isEmpty()) {
			throw new MigrateException(ErrorCode.INVALID_TARGET, "No revision lies between '" + from + "' and '" + to
					+ "': '" + from + "' is not an ancestor of '" + to + "'. Swap them, or draw the whole graph.");
		}
		return upTo;
	}

	/** The revision {@code reference} and every revision at most {@code distance} edges away from it, either way. */
	public BitSet around(String reference, int distance) {
		if (distance < 0) {
			throw new MigrateException(ErrorCode.USAGE, "--around needs a distance of 0 or more, not " + distance + ".");
		}
		int start = this.resolver.revision(reference);
		int[] depth = new int[this.graph.size()];
		BitSet seen = new BitSet(this.graph.size());
		Deque<Integer> queue = new ArrayDeque<>();
		seen.set(start);
		queue.add(start);
		while (!queue.isEmpty()) {
			int node = queue.poll();
			if (depth[node] == distance) {
				continue;
			}
			for (int[] neighbours : new int[][] { this.graph.parents(node), this.graph.children(node),
					this.graph.dependencies(node), this.graph.dependents(node) }) {
				for (int next : neighbours) {
					if (!seen.get(next)) {
						seen.set(next);
						depth[next] = depth[node] + 1;
						queue.add(next);
					}
				}
			}
		}
		return seen;
	}

	private BitSet destination(String target) {
		if (target.equals("base")) {
			throw new MigrateException(ErrorCode.INVALID_TARGET, "'base' can only start a range (base:<to>).");
		}
		return this.resolver.destination(Target.parse(target), new BitSet());
	}

}
