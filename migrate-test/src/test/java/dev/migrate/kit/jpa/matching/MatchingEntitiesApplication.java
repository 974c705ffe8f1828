package dev.migrate.kit.jpa.matching;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The entities of the kit's entities-match test: Person maps the people table of revision k1 exactly. */
@SpringBootApplication
public class MatchingEntitiesApplication {

}
