package dev.migrate.kit.jpa.extra;

import org.springframework.boot.test.context.SpringBootTest;

import dev.migrate.test.MigrateRevisionTests;

/** {@link ExtraFieldExample} on the local PostgreSQL, by URL. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test",
		"spring.datasource.username=postgres", "migrate.locations=classpath:db/kit/jpa", "migrate.run-on-ready=false" })
public class ExtraFieldPostgresExample extends MigrateRevisionTests {

}
