package dev.migrate.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.plan.MigrationPlan;
import dev.migrate.core.plan.Planner;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.SqlBody;

/**
 * Graph construction plus heads plus a full upgrade plan from an empty database, the work every
 * run does before touching the database.
 * <ul>
 * <li>{@code chain}: one line of revisions.</li>
 * <li>{@code branches}: each revision descends from one of the 64 newest, one in ten merges a
 * second one, one in twenty depends on an older one: many branch points, merges and heads.</li>
 * </ul>
 * The heap is fixed and touched up front: at 100,000 revisions one operation allocates about 50 MB,
 * and on a heap that grows the first touch of each new page (a page fault) costs as much as the
 * graph itself, which would hide how the algorithm scales.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch" })
public class GraphBenchmark {

	@Param({ "10000", "100000" })
	int revisions;

	@Param({ "chain", "branches" })
	String shape;

	private List<Revision> input;

	@Setup
	public void generate() {
		this.input = shape.equals("chain") ? chain(this.revisions) : branches(this.revisions, 42);
	}

	@Benchmark
	public int buildHeadsAndPlan() {
		RevisionGraph graph = RevisionGraph.of(this.input);
		List<String> heads = graph.heads();
		MigrationPlan plan = new Planner(graph).upgrade(List.of(), "heads");
		return heads.size() + plan.steps().size();
	}

	/**
	 * The control: only what any graph of string ids must do, sort the revisions by id and resolve
	 * each parent through a hash map. If this grows faster than linearly too, the growth comes from
	 * the memory system (caches, garbage collection), not from the graph's algorithms.
	 */
	@Benchmark
	public int sortAndIndexOnly() {
		Revision[] sorted = this.input.toArray(new Revision[0]);
		Arrays.sort(sorted, Comparator.comparing(Revision::id));
		Map<String, Integer> index = new HashMap<>(sorted.length * 2);
		for (int i = 0; i < sorted.length; i++) {
			index.put(sorted[i].id(), i);
		}
		int edges = 0;
		for (Revision revision : sorted) {
			for (String parent : revision.downRevisions()) {
				edges += index.get(parent);
			}
		}
		return edges;
	}

	static List<Revision> chain(int size) {
		List<Revision> result = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			result.add(revision(i, (i == 0) ? List.of() : List.of(id(i - 1)), List.of()));
		}
		return result;
	}

	static List<Revision> branches(int size, long seed) {
		Random random = new Random(seed);
		List<Revision> result = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			List<String> parents = new ArrayList<>(2);
			List<String> dependsOn = List.of();
			if (i > 0) {
				int window = Math.min(i, 64);
				int first = i - 1 - random.nextInt(window);
				parents.add(id(first));
				int second = i - 1 - random.nextInt(window);
				if (random.nextInt(10) == 0 && second != first) {
					parents.add(id(second));
				}
				if (random.nextInt(20) == 0) {
					int dependency = random.nextInt(i);
					if (!parents.contains(id(dependency))) {
						dependsOn = List.of(id(dependency));
					}
				}
			}
			result.add(revision(i, parents, dependsOn));
		}
		return result;
	}

	private static String id(int i) {
		return String.format("%012x", i * 2654435761L & 0xffffffffffffL);
	}

	private static Revision revision(int i, List<String> parents, List<String> dependsOn) {
		return new Revision(id(i), parents, dependsOn, Set.of(), "revision " + i, null, true, "r" + i + ".sql", null,
				new SqlBody("CREATE TABLE t" + i + " (id int);", 10, "DROP TABLE t" + i + ";", 13));
	}

}
