package dev.migrate.test;

import java.util.List;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Test classes as an application writes them, one line each, run by {@link MigrateRevisionTestsTest}
 * through the JUnit Platform so that it can assert what passed, failed and was skipped. Their names
 * end in "Example" so the build does not run them on their own: some fail on purpose. The
 * applications do not upgrade their own database ({@code run-on-ready=false}): the kit never needs it.
 */
final class Examples {

	private Examples() {
	}

	private static final String H2 = "spring.datasource.url=jdbc:h2:mem:kit_examples;DB_CLOSE_DELAY=-1";

	@SpringBootTest(properties = { H2, "migrate.locations=classpath:db/kit/clean", "migrate.run-on-ready=false" })
	static class CleanH2Example extends MigrateRevisionTests {

	}

	@SpringBootTest(properties = { "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test",
			"spring.datasource.username=postgres", "migrate.locations=classpath:db/kit/clean",
			"migrate.run-on-ready=false" })
	static class CleanPostgresExample extends MigrateRevisionTests {

	}

	@SpringBootTest(properties = { "spring.datasource.url=jdbc:mariadb://127.0.0.1:3306/test",
			"spring.datasource.username=root", "migrate.locations=classpath:db/kit/clean",
			"migrate.run-on-ready=false" })
	static class CleanMariaDbExample extends MigrateRevisionTests {

	}

	/** The failing example of docs/testing.md: w2's downgrade forgets the index its upgrade creates. */
	@SpringBootTest(properties = { H2, "migrate.locations=classpath:db/kit/wrong-downgrade",
			"migrate.run-on-ready=false" })
	static class WrongDowngradeExample extends MigrateRevisionTests {

	}

	@SpringBootTest(properties = { H2, "migrate.locations=classpath:db/kit/two-heads", "migrate.run-on-ready=false" })
	static class TwoHeadsExample extends MigrateRevisionTests {

	}

	@SpringBootTest(properties = { H2, "migrate.locations=classpath:db/kit/two-heads", "migrate.run-on-ready=false" })
	static class ExpectedHeadsExample extends MigrateRevisionTests {

		@Override
		protected List<String> expectedHeads() {
			return List.of("h2a", "h2b");
		}

	}

	@SpringBootTest(properties = { H2, "migrate.locations=classpath:db/kit/guard", "migrate.run-on-ready=false" })
	static class GuardFindingExample extends MigrateRevisionTests {

	}

}
