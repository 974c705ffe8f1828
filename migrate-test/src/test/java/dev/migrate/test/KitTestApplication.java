package dev.migrate.test;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application of the kit's own tests: migrate's beans, a DataSource, nothing else. */
@SpringBootApplication
public class KitTestApplication {

}
