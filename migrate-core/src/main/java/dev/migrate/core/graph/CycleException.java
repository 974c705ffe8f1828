package dev.migrate.core.graph;

import java.util.List;

/** The down_revision and depends_on edges form a cycle. */
public class CycleException extends GraphException {

	private final List<String> cycle;

	public CycleException(List<String> cycle) {
		super("The revisions form a cycle: " + String.join(" -> ", cycle)
				+ " (each revision is applied before the next). Break it by correcting a down_revision or depends_on.");
		this.cycle = List.copyOf(cycle);
	}

	/** The revisions of the cycle in edge order, the first repeated at the end. */
	public List<String> cycle() {
		return this.cycle;
	}

}
