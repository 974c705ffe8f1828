package dev.migrate.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The one-line kit as an application uses it, run through the JUnit Platform: each built-in check
 * is a test of its own, a revision's check fails with a message naming it and its file, and what
 * does not apply is reported as skipped with the reason.
 */
class MigrateRevisionTestsTest {

	@Test
	void cleanRevisionsPassOnH2AndTheIrreversibleOneIsReportedAsSkippedWithItsReason() {
		Events tests = run(Examples.CleanH2Example.class);

		assertThat(names(tests.failed())).isEmpty();
		assertThat(names(tests.succeeded())).contains("single head", "upgrade from base to heads", "k1 (k1_people.sql)",
				"k2 (k2_phone.sql)", "k2 (k2.seed.sql)");
		Map<String, String> aborted = reasons(tests.aborted());
		assertThat(aborted).containsOnlyKeys("k3 (k3_audit.sql)", "entities match the revisions");
		assertThat(aborted.get("k3 (k3_audit.sql)")).contains("irreversible", "no '-- migrate:downgrade' section");
		// The application's context registers itself as a running instance (the rolling-deploy
		// registry, migrate_instances) whether or not it migrates; that is the context, not a check.
		assertThat(tablesOfTheTestDatabase()).as("the checks ran in scratch schemas only")
			.isSubsetOf("PUBLIC.migrate_instances");
	}

	/** The tables in the examples' own H2 database (kept for the JVM's life by DB_CLOSE_DELAY=-1), where the checks never write. */
	private static List<String> tablesOfTheTestDatabase() {
		List<String> tables = new java.util.ArrayList<>();
		try (java.sql.Connection connection = java.sql.DriverManager
			.getConnection("jdbc:h2:mem:kit_examples;DB_CLOSE_DELAY=-1", "sa", "");
				java.sql.ResultSet rows = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] { "TABLE" })) {
			while (rows.next()) {
				tables.add(rows.getString("TABLE_SCHEM") + "." + rows.getString("TABLE_NAME"));
			}
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return tables;
	}

	@Test
	void cleanRevisionsPassOnPostgresql() {
		Events tests = run(Examples.CleanPostgresExample.class);
		assertThat(reasons(tests.failed())).isEmpty();
		assertThat(tests.succeeded().count()).isGreaterThanOrEqualTo(8);
	}

	@Test
	void cleanRevisionsPassOnMariaDb() {
		Events tests = run(Examples.CleanMariaDbExample.class);
		assertThat(reasons(tests.failed())).isEmpty();
		assertThat(tests.succeeded().count()).isGreaterThanOrEqualTo(8);
	}

	@Test
	void aDowngradeThatForgetsItsIndexFailsUpDownUpOfThatRevisionOnly() {
		Events tests = run(Examples.WrongDowngradeExample.class);

		Map<String, String> failed = reasons(tests.failed());
		assertThat(failed).containsOnlyKeys("w2 (w2_email_index.sql)");
		assertThat(failed.get("w2 (w2_email_index.sql)")).contains("Revision w2", "w2_email_index.sql",
				"its downgrade does not restore the schema of its parents")
			.containsIgnoringCase("extra-index people.people_email: expected none, actual index (email)");
		assertThat(names(tests.succeeded())).contains("single head", "upgrade from base to heads", "k1 (k1_people.sql)");
	}

	@Test
	void twoHeadsFailSingleHeadUnlessTheyAreTheExpectedOnes() {
		Map<String, String> failed = reasons(run(Examples.TwoHeadsExample.class).failed());
		assertThat(failed).containsOnlyKeys("single head");
		assertThat(failed.get("single head")).contains("2 heads", "h2a (", "h2b (", "migrate merge");

		assertThat(reasons(run(Examples.ExpectedHeadsExample.class).failed())).as("heads declared as expected").isEmpty();
	}

	@Test
	void aGuardFindingFailsTheGuardTestOfItsRevision() {
		Map<String, String> failed = reasons(run(Examples.GuardFindingExample.class).failed());
		assertThat(failed).containsOnlyKeys("g2 (g2_drop_email.sql)");
		assertThat(failed.get("g2 (g2_drop_email.sql)")).contains("g2_drop_email.sql:7", "[drop-column]");
	}

	@Test
	void entitiesThatMapTheRevisionsPassEntitiesMatch() {
		Events tests = run(dev.migrate.kit.jpa.matching.MatchingEntitiesExample.class);
		assertThat(reasons(tests.failed())).isEmpty();
		assertThat(names(tests.succeeded())).contains("entities match the revisions");
	}

	@ParameterizedTest
	@ValueSource(classes = { dev.migrate.kit.jpa.extra.ExtraFieldExample.class,
			dev.migrate.kit.jpa.extra.ExtraFieldPostgresExample.class })
	void anEntityWithAFieldNoRevisionAddsFailsEntitiesMatchNamingTheColumn(Class<?> example) {
		Map<String, String> failed = reasons(run(example).failed());
		assertThat(failed).containsOnlyKeys("entities match the revisions");
		assertThat(failed.get("entities match the revisions")).contains("entities and the schema the revisions build differ")
			.containsIgnoringCase("missing-column people.nickname");
	}

	private static Events run(Class<?> example) {
		return EngineTestKit.engine("junit-jupiter").selectors(selectClass(example)).execute().testEvents();
	}

	private static List<String> names(Events events) {
		return events.stream().map(event -> event.getTestDescriptor().getDisplayName()).toList();
	}

	/** Each finished test's name and its throwable's message. */
	private static Map<String, String> reasons(Events events) {
		return events.stream()
			.collect(Collectors.toMap(event -> event.getTestDescriptor().getDisplayName(), MigrateRevisionTestsTest::reason,
					(a, b) -> a + "\n" + b));
	}

	private static String reason(Event event) {
		return event.getRequiredPayload(TestExecutionResult.class)
			.getThrowable()
			.map(Throwable::getMessage)
			.orElse("");
	}

}
