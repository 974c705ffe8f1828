package dev.migrate.alembic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Graph shapes real projects have: a long history with many two-way merges and one three-way
 * merge (Airflow-like), a graph with a four-way merge and one depends_on, and Neutron's two
 * labelled branches {@code expand} and {@code contract} whose contract revisions depend on expand ones.
 */
final class RealWorldGraphs {

	private final HexIds ids;

	private final List<GraphSpec.Node> nodes = new ArrayList<>();

	private RealWorldGraphs(long seed) {
		this.ids = new HexIds(new Random(seed));
	}

	/** 340 revisions: a main line with 30 two-way merges and one three-way merge. */
	static GraphSpec manyMerges() {
		RealWorldGraphs graph = new RealWorldGraphs(340);
		String head = graph.add(List.of(), List.of(), List.of());
		Random random = new Random(3401);
		for (int merge = 0; merge < 31; merge++) {
			int ways = (merge == 17) ? 3 : 2;
			List<String> ends = new ArrayList<>();
			for (int way = 0; way < ways; way++) {
				ends.add(graph.chain(head, 1 + random.nextInt(4)));
			}
			head = graph.add(ends, List.of(), List.of());
			head = graph.chain(head, random.nextInt(3));
		}
		graph.chain(head, 340 - graph.nodes.size());
		return graph.spec(340);
	}

	/** 150 revisions: a line, four branches joined by one merge, one depends_on across two of them. */
	static GraphSpec fourWayMerge() {
		RealWorldGraphs graph = new RealWorldGraphs(150);
		String head = graph.chain(graph.add(List.of(), List.of(), List.of()), 59);
		List<String> ends = new ArrayList<>();
		List<List<String>> branches = new ArrayList<>();
		for (int way = 0; way < 4; way++) {
			List<String> branch = new ArrayList<>();
			String end = head;
			for (int i = 0; i < 15; i++) {
				// The third branch's 8th revision needs the first branch's 10th (e.g. a table it alters).
				List<String> dependsOn = (way == 2 && i == 7) ? List.of(branches.get(0).get(9)) : List.of();
				end = graph.add(List.of(end), (i == 0) ? List.of("branch_" + (way + 1)) : List.of(), dependsOn);
				branch.add(end);
			}
			branches.add(branch);
			ends.add(end);
		}
		head = graph.add(ends, List.of(), List.of());
		graph.chain(head, 150 - graph.nodes.size());
		return graph.spec(150);
	}

	/**
	 * Neutron's layout: a root, then {@code expand} and {@code contract} branches of 130 revisions
	 * each; every fifth contract revision depends on the expand revision of its release (by id).
	 */
	static GraphSpec expandContract() {
		RealWorldGraphs graph = new RealWorldGraphs(130);
		String root = graph.add(List.of(), List.of(), List.of());
		List<String> expand = new ArrayList<>();
		String head = root;
		for (int i = 0; i < 130; i++) {
			head = graph.add(List.of(head), (i == 0) ? List.of("expand") : List.of(), List.of());
			expand.add(head);
		}
		head = root;
		for (int i = 0; i < 130; i++) {
			List<String> dependsOn = (i % 5 == 4) ? List.of(expand.get(i)) : List.of();
			head = graph.add(List.of(head), (i == 0) ? List.of("contract") : List.of(), dependsOn);
		}
		return graph.spec(261);
	}

	private String chain(String from, int length) {
		String head = from;
		for (int i = 0; i < length; i++) {
			head = add(List.of(head), List.of(), List.of());
		}
		return head;
	}

	private String add(List<String> down, List<String> labels, List<String> dependsOn) {
		String id = this.ids.next();
		this.nodes.add(new GraphSpec.Node(id, down, labels, dependsOn));
		return id;
	}

	private GraphSpec spec(int expectedSize) {
		if (this.nodes.size() != expectedSize) {
			throw new IllegalStateException("The shape has " + this.nodes.size() + " revisions, not " + expectedSize);
		}
		return new GraphSpec(this.nodes);
	}

}
