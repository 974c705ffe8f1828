package dev.migrate.kit.jpa.extra;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Person with a field no revision adds (nickname): entities-match must fail naming it. */
@SpringBootApplication
public class ExtraFieldApplication {

}
