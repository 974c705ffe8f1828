package dev.migrate.sample;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:sample-h2-tests;DB_CLOSE_DELAY=-1")
class SampleApplicationH2Tests extends SampleApplicationContract {

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
		return "tenant";
	}

}
