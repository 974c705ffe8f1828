package dev.migrate.alembic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the differential test classes: one Alembic driver process and one pair of databases per
 * class, a dynamic test per case, and a summary at the end that counts the cases, the commands and
 * every known difference met, listing each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DifferentialSuite {

	private Path workDirectory;

	private AlembicDriver driver;

	private CaseDatabases databases;

	private Differential differential;

	private final List<CaseResult> results = new ArrayList<>();

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
		this.driver = new AlembicDriver(System.getProperty("alembic.python", "/usr/bin/python3"), this.workDirectory);
		this.databases = new CaseDatabases();
		this.differential = new Differential(this.driver, this.databases, this.workDirectory,
				Boolean.getBoolean("alembic.explore"));
	}

	@AfterAll
	void stop() {
		try {
			System.out.println(summary());
		}
		finally {
			try {
				this.driver.close();
			}
			finally {
				this.databases.close();
			}
		}
	}

	/** Dynamic tests, one per case: each fails on an unexplained disagreement. */
	protected Stream<DynamicTest> tests(Stream<DifferentialCase> cases) {
		return cases.map(testCase -> DynamicTest.dynamicTest(testCase.name(), () -> {
			CaseResult result = this.differential.run(testCase);
			this.results.add(result);
			assertThat(result.disagreement()).as("Alembic and migrate disagree").isNull();
		}));
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
				+ " ended at a known difference\n   time: " + this.differential.timeSpent() + "\n");
		for (KnownDifference difference : KnownDifference.values()) {
			long seen = listed.stream().filter(line -> line.contains(": " + difference.name())).count();
			text.append("   ").append(difference.name()).append(": ended ").append(known.getOrDefault(difference, 0))
				.append(" case(s), seen ").append(seen).append(" time(s) - ").append(difference.reason()).append('\n');
		}
		listed.stream().filter(line -> !line.startsWith("DISAGREE")).forEach(line -> text.append("     ").append(line).append('\n'));
		listed.stream().filter(line -> line.startsWith("DISAGREE")).sorted()
			.forEach(line -> text.append("   ").append(line).append('\n'));
		return text.toString();
	}


}
