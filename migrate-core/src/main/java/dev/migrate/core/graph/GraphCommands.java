package dev.migrate.core.graph;

import java.util.BitSet;
import java.util.List;

/**
 * The {@code migrate graph} command that draws the part of the graph a message talks about, for
 * errors and findings to end with (run with the same {@code --locations} as the command that failed).
 */
public final class GraphCommands {

	private GraphCommands() {
	}

	/** The revision and its neighbours up to {@code distance} edges away. */
	public static String around(String revision, int distance) {
		return "migrate graph --around " + revision + " " + distance;
	}

	/** The branches that end in these heads, from the newest revision they all descend from. */
	public static String branches(RevisionGraph graph, List<String> heads) {
		BitSet common = null;
		for (String head : heads) {
			BitSet seed = new BitSet();
			seed.set(graph.indexOf(head));
			BitSet line = graph.lineAncestorsOf(seed);
			if (common == null) {
				common = line;
			}
			else {
				common.and(line);
			}
		}
		int fork = (common != null) ? common.length() - 1 : -1;
		String to = (heads.size() == graph.heads().size() && graph.heads().containsAll(heads)) ? "heads"
				: String.join(",", heads);
		return "migrate graph " + ((fork >= 0) ? graph.revision(fork).id() : "") + ":" + to;
	}

}
