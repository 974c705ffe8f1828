package dev.migrate.test;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The built-in revision checks of an application, in one line of {@code src/test}:
 *
 * <pre>{@code
 * class RevisionsTests extends MigrateRevisionTests {
 * }
 * }</pre>
 *
 * It starts the application's test context ({@code @SpringBootTest} without a web server; put
 * your own {@code @SpringBootTest(properties = ...)} on the subclass to choose the database, or a
 * Testcontainers {@code @ServiceConnection}) and runs every check on scratch schemas of that
 * context's database server, never in the schema the other tests use. Override
 * {@link #expectedHeads()} for a graph that keeps several heads on purpose, and
 * {@link #seedLocation()} to read seeds from elsewhere. See docs/testing.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
public abstract class MigrateRevisionTests {

	/** The heads the graph must have; empty (the default) for exactly one. */
	protected List<String> expectedHeads() {
		return List.of();
	}

	/** The class-path folder of the seed files of data-survives. */
	protected String seedLocation() {
		return dev.migrate.core.verify.SeedSource.DEFAULT_LOCATION;
	}

	private RevisionTestKit kit(ApplicationContext context) {
		return SpringRevisionTestKit.of(context, expectedHeads(), seedLocation());
	}

	@Test
	@DisplayName("single head")
	void singleHead(ApplicationContext context) {
		kit(context).singleHead();
	}

	@Test
	@DisplayName("upgrade from base to heads")
	void upgrade(ApplicationContext context) {
		kit(context).upgrade();
	}

	@TestFactory
	@DisplayName("up-down-up")
	Stream<DynamicTest> upDownUp(ApplicationContext context) {
		return kit(context).upDownUp();
	}

	@Test
	@DisplayName("entities match the revisions")
	void entitiesMatch(ApplicationContext context) {
		kit(context).entities();
	}

	@TestFactory
	@DisplayName("guard (fail mode)")
	Stream<DynamicTest> guard(ApplicationContext context) {
		return kit(context).guard();
	}

	@TestFactory
	@DisplayName("data survives")
	Stream<DynamicTest> dataSurvives(ApplicationContext context) {
		return kit(context).dataSurvives();
	}

}
