package dev.migrate.benchmarks;

import java.util.List;
import java.util.Locale;

/** docs/benchmarks.md, "Graph": the JMH figures of building the graph and planning, by size. */
final class GraphSection {

	private final Markdown out;

	private final List<GraphRuns.Point> graph;

	GraphSection(Markdown out, List<GraphRuns.Point> graph) {
		this.out = out;
		this.graph = graph;
	}

	void write() {
		line("## Graph: build, heads and a full upgrade plan");
		line("");
		line("JMH `GraphBenchmark` (average time, one fork, warmed up, fixed pre-touched 2 GB heap). "
				+ "`buildHeadsAndPlan`: `RevisionGraph.of`, `heads()` and `Planner.upgrade(List.of(), \"heads\")` from "
				+ "an empty database. `sortAndIndexOnly`, the control: only sorting the revisions by id and resolving "
				+ "each parent through a `HashMap`, which any graph of string ids must do. *chain*: one line of "
				+ "revisions; *branches*: each revision descends from one of the 64 newest, one in ten is a merge, "
				+ "one in twenty depends on an older one. *Allocated* is JMH's `gc.alloc.rate.norm`, a measure of the "
				+ "work done.");
		line("");
		line("| Benchmark | Shape | Revisions | Time | ± (99.9%) | Per revision | Time ×, for ×10 revisions "
				+ "| Allocated | Allocated ×, for ×10 |");
		line("|---|---|---:|---:|---:|---:|---:|---:|---:|");
		GraphRuns.Point previous = null;
		for (GraphRuns.Point point : this.graph) {
			boolean grows = previous != null && previous.shape().equals(point.shape())
					&& previous.benchmark().equals(point.benchmark());
			line("| " + point.benchmark() + " | " + point.shape() + " | "
					+ String.format(Locale.ROOT, "%,d", point.revisions()) + " | " + Markdown.ms(point.millis()) + " | "
					+ Markdown.ms(point.error()) + " | " + String.format(Locale.ROOT, "%.0f ns", point.nanosPerRevision()) + " | "
					+ (grows ? Markdown.ratio(point.millis() / previous.millis()) : "") + " | "
					+ String.format(Locale.ROOT, "%.1f MB", point.bytesPerOp() / 1e6) + " | "
					+ (grows ? Markdown.ratio(point.bytesPerOp() / previous.bytesPerOp()) : "") + " |");
			previous = point;
		}
		line("");
		line("Linear is ×10 for ×10 revisions. The work is linear: the allocation grows ×10. The time per revision "
				+ "grows with size in the control just as much as in the graph: at 100,000 revisions the ids, the "
				+ "hash table and the graph's arrays no longer fit in the CPU caches, so each random lookup is a "
				+ "memory access, and young collections copy a larger live graph.");
		line("");
	}

	private void line(String text) {
		this.out.line(text);
	}

}
