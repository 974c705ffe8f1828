package dev.migrate.it.clinic;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * An application as a user writes it, with migrate's starter as its only migrate dependency and no
 * migrate-specific code: JPA entities validated at startup, a runner and a scheduled job that use
 * the schema, and a page.
 */
@SpringBootApplication
@EnableScheduling
public class ClinicApplication {

	public static void main(String[] args) {
		SpringApplication.run(ClinicApplication.class, args);
	}

}
