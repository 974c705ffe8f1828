package dev.migrate.test;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.verify.CheckResult;
import dev.migrate.core.verify.RevisionVerifier;
import dev.migrate.core.verify.CatalogScratchSpace;
import dev.migrate.core.verify.UpDownUp;
import dev.migrate.core.verify.VerifySettings;

/**
 * The built-in revision checks as JUnit 5 tests, on any DataSource: {@link MigrateRevisionTests}
 * builds one from a Spring Boot test context; without Spring, build one here and call it from your
 * own {@code @Test} and {@code @TestFactory} methods. A check that passes returns, one that fails
 * throws an {@link AssertionFailedError} naming the revision and its file, one that does not apply
 * (an irreversible revision, no entities, no seed) is aborted with the reason, so the report shows
 * it as skipped and why.
 */
public final class RevisionTestKit {

	private final RevisionVerifier verifier;

	public RevisionTestKit(RevisionVerifier verifier) {
		this.verifier = Objects.requireNonNull(verifier, "verifier");
	}

	/**
	 * Checks on scratch schemas created on the server of {@code server} (never in its own schema).
	 * @param dialect the database's dialect, for the guard
	 */
	public static RevisionTestKit on(DataSource server, Dialect dialect, Supplier<RevisionGraph> graph,
			VerifySettings settings) {
		return new RevisionTestKit(new RevisionVerifier(graph, new CatalogScratchSpace(server), dialect, settings));
	}

	/** (1) One head, or exactly the expected ones, and a graph that loads. */
	public void singleHead() {
		report(this.verifier.singleHead());
	}

	/** (2) Upgrade from base to heads on an empty schema. */
	public void upgrade() {
		report(this.verifier.upgrade());
	}

	/** (3) One test per revision, in graph order: up to its parents, up, down (same catalog), up again. */
	public Stream<DynamicTest> upDownUp() {
		UpDownUp walk = this.verifier.upDownUp();
		return walk.revisions()
			.stream()
			.map(revision -> DynamicTest.dynamicTest(name(revision.id(), revision.source()),
					() -> report(walk.check(revision))))
			.onClose(walk::close);
	}

	/** (4) The entities match the schema the revisions build. */
	public void entities() {
		report(this.verifier.entities());
	}

	/** (5) One test per revision: the guard in fail mode, suppressions honoured. */
	public Stream<DynamicTest> guard() {
		return this.verifier.graph()
			.revisions()
			.stream()
			.map(revision -> DynamicTest.dynamicTest(name(revision.id(), revision.source()),
					() -> report(this.verifier.guard(revision))));
	}

	/** (6) One test per revision with a seed file; one aborted test saying so when no revision has one. */
	public Stream<DynamicTest> dataSurvives() {
		List<RevisionVerifier.Seeded> seeded = this.verifier.seeded();
		if (seeded.isEmpty()) {
			return Stream.of(DynamicTest.dynamicTest("no seed files", () -> Assumptions.abort("No revision declares "
					+ "seed rows: add <rev>.seed.sql (and optionally <rev>.verify.sql) to the test resources under "
					+ dev.migrate.core.verify.SeedSource.DEFAULT_LOCATION + "/ to check that a revision keeps data.")));
		}
		return seeded.stream()
			.map(each -> DynamicTest.dynamicTest(name(each.revision().id(), each.seed().source()),
					() -> report(this.verifier.dataSurvives(each))));
	}

	/** Returns when {@code result} passed, aborts the test when it was skipped, fails it when it failed. */
	public static void report(CheckResult result) {
		switch (result.outcome()) {
			case PASSED -> {
			}
			case SKIPPED -> Assumptions.abort(result.message());
			case FAILED -> throw new AssertionFailedError(result.describe());
		}
	}

	private static String name(String revision, String source) {
		String file = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
		return revision + " (" + file + ")";
	}

}
