package dev.migrate.benchmarks.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The web app of the Spring Boot startup benchmark. Built three times from this one source set:
 * with migrate's starter, with Spring Boot's Flyway starter, and with no migration tool at all;
 * everything else is the same, and the benchmark passes the same properties to each (the
 * datasource, the port, and the tool's location of the migrations where there is a tool). The
 * build without a tool, given {@code floor.migrations}, is also the floor of a tool ({@link FloorCheck}).
 */
@SpringBootApplication
public class BootApp {

	public static void main(String[] args) {
		SpringApplication.run(BootApp.class, args);
	}

}
