package dev.migrate.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** {@link GraphBenchmark} through JMH's API, so that its scores land in the report. */
final class GraphRuns {

	private GraphRuns() {
	}

	/**
	 * @param benchmark the benchmark method: the graph's work, or the control
	 * @param shape chain or branches
	 * @param millis average time of build, heads and plan
	 * @param error JMH's 99.9% confidence half-interval
	 */
	record Point(String benchmark, String shape, int revisions, double millis, double error, double bytesPerOp, double gcMillis,
			double gcCount) {

		double nanosPerRevision() {
			return this.millis * 1e6 / this.revisions;
		}

	}

	/** @param quick fewer and shorter iterations: for trying the harness, not for the report */
	static List<Point> run(boolean quick) {
		ChainedOptionsBuilder options = new OptionsBuilder().include(GraphBenchmark.class.getName() + ".*")
			.addProfiler(GCProfiler.class);
		if (quick) {
			options.warmupIterations(1).warmupTime(TimeValue.seconds(1)).measurementIterations(2)
				.measurementTime(TimeValue.seconds(1));
		}
		Collection<RunResult> results;
		try {
			results = new Runner(options.build()).run();
		}
		catch (RunnerException ex) {
			throw new IllegalStateException("JMH failed: " + ex.getMessage(), ex);
		}
		List<Point> points = new ArrayList<>();
		for (RunResult result : results) {
			Map<String, Result> secondary = result.getSecondaryResults();
			String benchmark = result.getParams().getBenchmark();
			points.add(new Point(benchmark.substring(benchmark.lastIndexOf('.') + 1), result.getParams().getParam("shape"),
					Integer.parseInt(result.getParams().getParam("revisions")), result.getPrimaryResult().getScore(),
					result.getPrimaryResult().getScoreError(), score(secondary, "gc.alloc.rate.norm"),
					score(secondary, "gc.time"), score(secondary, "gc.count")));
		}
		points.sort(Comparator.comparing(Point::benchmark).thenComparing(Point::shape).thenComparingInt(Point::revisions));
		return points;
	}

	private static double score(Map<String, Result> results, String name) {
		Result result = results.get(name);
		return (result != null) ? result.getScore() : Double.NaN;
	}

}
