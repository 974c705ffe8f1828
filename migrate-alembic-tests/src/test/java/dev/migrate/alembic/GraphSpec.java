package dev.migrate.alembic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A revision graph as both tools' files describe it, in creation order (every node names only
 * earlier nodes, so the order is topological). Dependencies are ids or branch labels.
 */
record GraphSpec(List<Node> nodes) {

	record Node(String id, List<String> down, List<String> labels, List<String> dependsOn) {

		Node {
			down = List.copyOf(down);
			labels = List.copyOf(labels);
			dependsOn = List.copyOf(dependsOn);
		}

	}

	GraphSpec {
		nodes = List.copyOf(nodes);
	}

	List<String> ids() {
		return this.nodes.stream().map(Node::id).toList();
	}

	List<String> labels() {
		return this.nodes.stream().flatMap(node -> node.labels().stream()).toList();
	}

	Node node(String id) {
		return this.nodes.stream().filter(node -> node.id().equals(id)).findFirst().orElseThrow();
	}

	/** Revisions no other revision names as down_revision. */
	List<String> heads() {
		Set<String> parents = new LinkedHashSet<>();
		this.nodes.forEach(node -> parents.addAll(node.down()));
		return this.nodes.stream().map(Node::id).filter(id -> !parents.contains(id)).toList();
	}

	/** The graph as text, to show a failing case. */
	String describe() {
		StringBuilder text = new StringBuilder();
		for (Node node : this.nodes) {
			text.append(node.id()).append(" <- ").append(node.down().isEmpty() ? "base" : String.join(",", node.down()));
			if (!node.labels().isEmpty()) {
				text.append(" labels=").append(String.join(",", node.labels()));
			}
			if (!node.dependsOn().isEmpty()) {
				text.append(" depends_on=").append(String.join(",", node.dependsOn()));
			}
			text.append('\n');
		}
		return text.toString();
	}

	/** Children of each revision through down_revision. */
	Map<String, List<String>> children() {
		Map<String, List<String>> children = new LinkedHashMap<>();
		this.nodes.forEach(node -> children.put(node.id(), new ArrayList<>()));
		this.nodes.forEach(node -> node.down().forEach(parent -> children.get(parent).add(node.id())));
		return children;
	}

	/** The rows and everything they need (down_revision and depends_on, a label meaning its revision). */
	Set<String> applied(Set<String> rows) {
		Map<String, String> labelled = new LinkedHashMap<>();
		this.nodes.forEach(node -> node.labels().forEach(label -> labelled.put(label, node.id())));
		Set<String> applied = new LinkedHashSet<>();
		List<String> todo = new ArrayList<>(rows);
		while (!todo.isEmpty()) {
			String id = todo.remove(todo.size() - 1);
			if (applied.add(id)) {
				Node node = node(id);
				todo.addAll(node.down());
				node.dependsOn().forEach(dependency -> todo.add(labelled.getOrDefault(dependency, dependency)));
			}
		}
		return applied;
	}

}
