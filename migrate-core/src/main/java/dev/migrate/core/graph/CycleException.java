package dev.migrate.core.graph;

import java.util.ArrayList;
import java.util.List;

/** The down_revision and depends_on edges form a cycle. */
public class CycleException extends GraphException {

	private final List<String> cycle;

	private final List<String> files;

	/**
	 * @param cycle the revisions of the cycle in edge order, the first repeated at the end
	 * @param files the file (or class) of each revision of the cycle, in the same order, without
	 * the repeated one
	 */
	public CycleException(List<String> cycle, List<String> files) {
		super("The revisions form a cycle: " + String.join(" -> ", cycle)
				+ " (each revision is applied before the next), declared in " + where(cycle, files)
				+ ". Break it by correcting a down_revision or depends_on in one of these files.");
		this.cycle = List.copyOf(cycle);
		this.files = List.copyOf(files);
	}

	private static String where(List<String> cycle, List<String> files) {
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			pairs.add(cycle.get(i) + ": " + files.get(i));
		}
		return String.join(", ", pairs);
	}

	/** The revisions of the cycle in edge order, the first repeated at the end. */
	public List<String> cycle() {
		return this.cycle;
	}

	/** The file (or class) of each revision of {@link #cycle()}, without the repeated last one. */
	public List<String> files() {
		return this.files;
	}

}
