package dev.migrate.it.rolling;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One version of an application in a rolling deploy, started as its own JVM by
 * {@link RollingDeployProcessesTests}: {@code GET /items} reads the column its version uses
 * ({@code rolling.column}); its revisions are {@code migrate.locations}. It prints its port for the test.
 */
@SpringBootApplication(excludeName = { "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
		"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration" })
public class RollingApplication {

	public static void main(String[] args) {
		SpringApplication.run(RollingApplication.class, args);
	}

	@Bean
	ApplicationListener<WebServerInitializedEvent> printPort() {
		return (event) -> System.out.println("ROLLING-PORT " + event.getWebServer().getPort());
	}

	@RestController
	static class Items {

		private final JdbcTemplate jdbc;

		private final String column;

		Items(JdbcTemplate jdbc, @Value("${rolling.column}") String column) {
			this.jdbc = jdbc;
			this.column = column;
		}

		@GetMapping("/items")
		List<Map<String, Object>> items() {
			return this.jdbc.queryForList("SELECT id, " + this.column + " FROM items ORDER BY id");
		}

	}

}
