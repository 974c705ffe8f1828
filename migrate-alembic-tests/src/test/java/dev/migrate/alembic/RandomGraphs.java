package dev.migrate.alembic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random revision graphs from a seed: several bases, branches, 2- and 3-way merges, branch labels
 * on branch starts and mid-chain, depends_on across branches by id and by label, and ids that share
 * 4 to 6 leading characters so that prefixes are ambiguous.
 */
final class RandomGraphs {

	private final Random random;

	private final List<GraphSpec.Node> nodes = new ArrayList<>();

	private final HexIds ids;

	private int labelCount;

	RandomGraphs(Random random) {
		this.random = random;
		this.ids = new HexIds(random);
	}

	static GraphSpec generate(long seed) {
		Random random = new Random(seed);
		return new RandomGraphs(random).build(8 + random.nextInt(18));
	}

	GraphSpec build(int size) {
		int bases = 1 + this.random.nextInt(3);
		for (int i = 0; i < size; i++) {
			List<String> heads = new GraphSpec(this.nodes).heads();
			int roll = this.random.nextInt(100);
			if (this.nodes.isEmpty() || (roll < 6 && bases > 1)) {
				bases--;
				add(List.of(), this.random.nextInt(100) < 60);
			}
			else if (roll < 18 && heads.size() >= 2) {
				add(pick(heads, (heads.size() >= 3 && this.random.nextInt(100) < 30) ? 3 : 2), false);
			}
			else if (roll < 36) {
				// A branch: a new child of a revision that is not a head (or a second child of a head).
				add(List.of(this.nodes.get(this.random.nextInt(this.nodes.size())).id()), this.random.nextInt(100) < 55);
			}
			else {
				add(List.of(heads.get(this.random.nextInt(heads.size()))), this.random.nextInt(100) < 8);
			}
		}
		return new GraphSpec(this.nodes);
	}

	private void add(List<String> down, boolean labelled) {
		String id = this.ids.next();
		List<String> labels = labelled ? List.of("lbl_" + (++this.labelCount)) : List.of();
		List<String> dependsOn = new ArrayList<>();
		if (!this.nodes.isEmpty() && this.random.nextInt(100) < 15) {
			String dependency = dependencyCandidate(down);
			if (dependency != null) {
				dependsOn.add(dependency);
			}
		}
		this.nodes.add(new GraphSpec.Node(id, down, labels, dependsOn));
	}

	/** An earlier revision that is not already an ancestor through down_revision; by label when it has one. */
	private String dependencyCandidate(List<String> down) {
		Set<String> ancestors = ancestors(down);
		List<GraphSpec.Node> candidates = this.nodes.stream().filter(node -> !ancestors.contains(node.id())).toList();
		if (candidates.isEmpty()) {
			return null;
		}
		GraphSpec.Node chosen = candidates.get(this.random.nextInt(candidates.size()));
		return (!chosen.labels().isEmpty() && this.random.nextBoolean()) ? chosen.labels().get(0) : chosen.id();
	}

	private Set<String> ancestors(List<String> start) {
		Set<String> seen = new LinkedHashSet<>();
		List<String> todo = new ArrayList<>(start);
		GraphSpec spec = new GraphSpec(this.nodes);
		while (!todo.isEmpty()) {
			String id = todo.remove(todo.size() - 1);
			if (seen.add(id)) {
				todo.addAll(spec.node(id).down());
			}
		}
		return seen;
	}

	private List<String> pick(List<String> from, int count) {
		List<String> copy = new ArrayList<>(from);
		java.util.Collections.shuffle(copy, this.random);
		return List.copyOf(copy.subList(0, count));
	}

}
