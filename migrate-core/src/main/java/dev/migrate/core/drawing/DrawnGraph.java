package dev.migrate.core.drawing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Revision;

/**
 * What a drawing shows, whatever its format: the chosen revisions (base first) with their marks, and
 * one edge per down_revision and per depends_on between them. Edges to revisions outside the
 * selection are counted on the node, not drawn.
 */
public final class DrawnGraph {

	/** Longest message shown on a node; the whole one is in the SVG's tooltip. */
	static final int MESSAGE = 40;

	/** Shortest prefix shown for an id (longer where two ids share it). */
	static final int SHORT_ID = 8;

	private final List<Node> nodes;

	private final List<Edge> edges;

	private final GraphMarks marks;

	private final int total;

	private DrawnGraph(List<Node> nodes, List<Edge> edges, GraphMarks marks, int total) {
		this.nodes = List.copyOf(nodes);
		this.edges = List.copyOf(edges);
		this.marks = marks;
		this.total = total;
	}

	public static DrawnGraph of(RevisionGraph graph, BitSet selected, GraphMarks marks) {
		Map<Integer, Integer> position = new HashMap<>();
		List<Node> nodes = new ArrayList<>();
		Map<String, String> shortIds = shortIds(graph);
		for (int i = selected.nextSetBit(0); i >= 0; i = selected.nextSetBit(i + 1)) {
			Revision revision = graph.revision(i);
			int hidden = 0;
			for (int[] neighbours : new int[][] { graph.parents(i), graph.children(i), graph.dependencies(i),
					graph.dependents(i) }) {
				for (int n : neighbours) {
					hidden += selected.get(n) ? 0 : 1;
				}
			}
			position.put(i, nodes.size());
			nodes.add(new Node(revision, shortIds.get(revision.id()), marks.markOf(revision.id()),
					marks.current().contains(revision.id()), graph.isHead(i), hidden));
		}
		List<Edge> edges = new ArrayList<>();
		for (int i = selected.nextSetBit(0); i >= 0; i = selected.nextSetBit(i + 1)) {
			for (int parent : graph.parents(i)) {
				if (selected.get(parent)) {
					edges.add(new Edge(position.get(parent), position.get(i), false));
				}
			}
			for (int dependency : graph.dependencies(i)) {
				if (selected.get(dependency)) {
					edges.add(new Edge(position.get(dependency), position.get(i), true));
				}
			}
		}
		return new DrawnGraph(nodes, edges, marks, graph.size());
	}

	/** Each id's prefix of at least {@link #SHORT_ID} characters that no other id shares. */
	private static Map<String, String> shortIds(RevisionGraph graph) {
		TreeSet<String> sorted = new TreeSet<>();
		graph.revisions().forEach(revision -> sorted.add(revision.id()));
		Map<String, String> result = new HashMap<>();
		for (String id : sorted) {
			int length = SHORT_ID;
			String lower = sorted.lower(id);
			String higher = sorted.higher(id);
			length = Math.max(length, common(id, lower) + 1);
			length = Math.max(length, common(id, higher) + 1);
			result.put(id, id.substring(0, Math.min(length, id.length())));
		}
		return result;
	}

	private static int common(String a, String b) {
		if (b == null) {
			return 0;
		}
		int n = 0;
		while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
			n++;
		}
		return n;
	}

	public List<Node> nodes() {
		return this.nodes;
	}

	public List<Edge> edges() {
		return this.edges;
	}

	public GraphMarks marks() {
		return this.marks;
	}

	/** How many revisions the whole graph has (the drawing may show fewer). */
	public int total() {
		return this.total;
	}

	/**
	 * One revision as drawn.
	 * @param revision the revision
	 * @param shortId its id, shortened
	 * @param mark what it is on the database
	 * @param current whether it is a version row
	 * @param head whether it is a head of the graph
	 * @param hidden how many of its edges lead outside the drawing
	 */
	public record Node(Revision revision, String shortId, GraphMarks.Mark mark, boolean current, boolean head,
			int hidden) {

		/** The first line: the short id and the branch labels. */
		public String title() {
			return this.shortId + (this.revision.branchLabels().isEmpty() ? ""
					: " [" + String.join(", ", new TreeSet<>(this.revision.branchLabels())) + "]");
		}

		/** The second line: the message, cut to {@link #MESSAGE} characters. */
		public String message() {
			String message = this.revision.message().strip();
			return (message.length() <= MESSAGE) ? message : message.substring(0, MESSAGE - 1) + "\u2026";
		}

		/** The last line: phase, merge, head, current row, mark and edges left out. */
		public String facts() {
			List<String> facts = new ArrayList<>();
			if (this.revision.phase() != null) {
				facts.add(this.revision.phase().key());
			}
			if (this.revision.isMerge()) {
				facts.add("merge");
			}
			if (this.head) {
				facts.add("head");
			}
			if (this.current) {
				facts.add("current");
			}
			if (!this.mark.text().isEmpty()) {
				facts.add(this.mark.text());
			}
			if (this.hidden > 0) {
				facts.add("+" + this.hidden + " not shown");
			}
			return String.join(" · ", facts);
		}

	}

	/**
	 * An edge, from what is applied first to what is applied after it.
	 * @param from the position of the down_revision (or the depends_on target) in {@link #nodes()}
	 * @param to the position of the revision that names it
	 * @param dependsOn whether it is a depends_on edge (drawn dashed) rather than a down_revision
	 */
	public record Edge(int from, int to, boolean dependsOn) {
	}

}
