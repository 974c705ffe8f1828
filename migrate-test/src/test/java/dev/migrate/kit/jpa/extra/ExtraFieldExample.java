package dev.migrate.kit.jpa.extra;

import org.springframework.boot.test.context.SpringBootTest;

import dev.migrate.test.MigrateRevisionTests;

/** Run by MigrateRevisionTestsTest through the JUnit Platform, not by the build itself. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:kit_jpa_extra;DB_CLOSE_DELAY=-1",
		"migrate.locations=classpath:db/kit/jpa", "migrate.run-on-ready=false" })
public class ExtraFieldExample extends MigrateRevisionTests {

}
