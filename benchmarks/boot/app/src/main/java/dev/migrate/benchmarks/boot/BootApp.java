package dev.migrate.benchmarks.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The web app of the Spring Boot startup benchmark. Built twice from this one source set, once
 * with migrate's starter and once with Spring Boot's Flyway starter; everything else is the same,
 * and the benchmark passes the same properties to both (the datasource, the tool's location of
 * the migrations, the port).
 */
@SpringBootApplication
public class BootApp {

	public static void main(String[] args) {
		SpringApplication.run(BootApp.class, args);
	}

}
