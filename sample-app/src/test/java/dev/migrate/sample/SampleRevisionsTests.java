package dev.migrate.sample;

import org.springframework.boot.test.context.SpringBootTest;

import dev.migrate.test.MigrateRevisionTests;

/**
 * Every revision of the sample checked by the kit (docs/testing.md): one head, upgrade from base,
 * up-down-up of each revision (the Java one too), the guard in fail mode, and the seed rows of
 * {@code db/revisions-test/} surviving the revisions that declare them.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:sample-revisions;DB_CLOSE_DELAY=-1")
class SampleRevisionsTests extends MigrateRevisionTests {

}
