package dev.migrate.alembic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the differential test classes: {@code alembic.workers} workers (default 2) per class, each
 * with its own Alembic driver process and pair of databases, running the cases side by side; a
 * dynamic test per case, and a summary at the end that counts the cases, the commands and every
 * known difference met, listing each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DifferentialSuite {

	private Path workDirectory;

	/** Each worker: its own Alembic process and pair of databases. */
	private final List<AutoCloseable> resources = new ArrayList<>();

	private final BlockingQueue<Differential> workers = new LinkedBlockingQueue<>();

	private final List<Differential> allWorkers = new ArrayList<>();

	private ExecutorService executor;

	private final List<CaseResult> results = Collections.synchronizedList(new ArrayList<>());

	@BeforeAll
	void start() throws IOException {
		Path folder = Path.of("target", "alembic-cases", getClass().getSimpleName());
		// Files of an earlier run would join this run's graphs.
		if (Files.exists(folder)) {
			try (Stream<Path> old = Files.walk(folder)) {
				for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		this.workDirectory = Files.createDirectories(folder);
		// Two workers by default: while one waits for PostgreSQL or Python, the other computes.
		int count = Integer.getInteger("alembic.workers", 2);
		for (int i = 1; i <= count; i++) {
			Path directory = Files.createDirectories(this.workDirectory.resolve("worker-" + i));
			AlembicDriver driver = new AlembicDriver(System.getProperty("alembic.python", "/usr/bin/python3"), directory);
			this.resources.add(driver);
			CaseDatabases databases = new CaseDatabases();
			this.resources.add(databases);
			Differential differential = new Differential(driver, databases, directory, Boolean.getBoolean("alembic.explore"));
			this.allWorkers.add(differential);
			this.workers.add(differential);
		}
		this.executor = Executors.newFixedThreadPool(count);
	}

	@AfterAll
	void stop() {
		try {
			System.out.println(summary());
		}
		finally {
			this.executor.shutdownNow();
			for (AutoCloseable resource : this.resources) {
				try {
					resource.close();
				}
				catch (Exception ex) {
					System.err.println("Could not close " + resource + ": " + ex);
				}
			}
		}
	}

	/** Dynamic tests, one per case: each fails on an unexplained disagreement. */
	protected Stream<DynamicTest> tests(Stream<DifferentialCase> cases) {
		List<DifferentialCase> all = cases.toList();
		List<Future<CaseResult>> running = all.stream().map(testCase -> this.executor.submit(() -> {
			Differential worker = this.workers.take();
			try {
				CaseResult result = worker.run(testCase);
				this.results.add(result);
				return result;
			}
			finally {
				this.workers.add(worker);
			}
		})).toList();
		return java.util.stream.IntStream.range(0, all.size())
			.mapToObj(i -> DynamicTest.dynamicTest(all.get(i).name(), () -> {
				CaseResult result = running.get(i).get();
				assertThat(result.disagreement()).as("Alembic and migrate disagree").isNull();
			}));
	}

	private String timeSpent() {
		long[] total = new long[4];
		for (Differential worker : this.allWorkers) {
			long[] spent = worker.spent();
			for (int i = 0; i < total.length; i++) {
				total[i] += spent[i];
			}
		}
		return String.format(java.util.Locale.ROOT, "%.1f s preparing cases, %.1f s in migrate, %.1f s more waiting "
				+ "for Alembic, %.1f s reading states (summed over %d workers)", total[0] / 1e9, total[1] / 1e9,
				total[2] / 1e9, total[3] / 1e9, this.allWorkers.size());
	}

	private String summary() {
		int commands = 0;
		int agreed = 0;
		int disagreed = 0;
		Map<KnownDifference, Integer> known = new EnumMap<>(KnownDifference.class);
		List<String> listed = new ArrayList<>();
		for (CaseResult result : this.results) {
			commands += result.commandsRun();
			if (result.disagreed()) {
				disagreed++;
			}
			else if (result.known() != null) {
				known.merge(result.known(), 1, Integer::sum);
			}
			else {
				agreed++;
			}
			listed.addAll(result.notes());
		}
		StringBuilder text = new StringBuilder("\n== " + getClass().getSimpleName() + ": " + this.results.size()
				+ " cases, " + commands + " commands compared; " + agreed + " agreed to the end, " + disagreed
				+ " disagreed, " + known.values().stream().mapToInt(Integer::intValue).sum()
				+ " ended at a known difference\n   time: " + timeSpent() + "\n");
		for (KnownDifference difference : KnownDifference.values()) {
			long seen = listed.stream().filter(line -> line.contains(": " + difference.name())).count();
			text.append("   ").append(difference.name()).append(": ended ").append(known.getOrDefault(difference, 0))
				.append(" case(s), seen ").append(seen).append(" time(s) - ").append(difference.reason()).append('\n');
		}
		listed.stream().filter(line -> !line.startsWith("DISAGREE")).sorted().forEach(line -> text.append("     ").append(line).append('\n'));
		listed.stream().filter(line -> line.startsWith("DISAGREE")).sorted()
			.forEach(line -> text.append("   ").append(line).append('\n'));
		return text.toString();
	}


}
