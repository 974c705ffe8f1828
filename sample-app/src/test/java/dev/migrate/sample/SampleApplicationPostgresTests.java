package dev.migrate.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The sample with its postgres profile against the local PostgreSQL, in a schema of its own. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class SampleApplicationPostgresTests extends SampleApplicationContract {

	private static final LocalPostgres database = new LocalPostgres();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", database::url);
		// tenants of this test only, dropped with its schema
		registry.add("bookmarks.tenants", () -> database.schema + "_a," + database.schema + "_b");
	}

	@AfterAll
	static void dropSchema() {
		database.close();
	}

	@Override
	String head() {
		return "8b9c0d1e2f08";
	}

	@Override
	int revisions() {
		return 8;
	}

	@Override
	String tenantPrefix() {
		return database.schema;
	}

	@Test
	void theConcurrentIndexWasBuiltAndIsValid() {
		assertThat(database.exists("SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
				+ "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = 'bookmarks_title' AND n.nspname = '"
				+ database.schema + "' AND i.indisvalid")).isTrue();
	}

}
