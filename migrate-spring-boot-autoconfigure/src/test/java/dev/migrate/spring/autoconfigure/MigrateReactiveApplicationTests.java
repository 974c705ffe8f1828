package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.migrate.spring.autoconfigure.testsupport.BlockingRevision;
import dev.migrate.spring.autoconfigure.web.MigrateWebFilter;

/** A reactive application over real HTTP while it upgrades its database: its pages answer 503, Actuator answers. */
class MigrateReactiveApplicationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	private final AtomicInteger port = new AtomicInteger();

	@Test
	void pagesAnswer503WithRetryAfterWhileTheUpgradeRunsAndActuatorAnswers() throws Exception {
		BlockingRevision revision = new BlockingRevision();
		SpringApplication application = new SpringApplication(ReactiveApplication.class);
		application.setWebApplicationType(WebApplicationType.REACTIVE);
		application.setRegisterShutdownHook(false);
		application.addListeners(
				(ApplicationListener<WebServerInitializedEvent>) (event) -> this.port.set(event.getWebServer().getPort()));
		application.addInitializers((context) -> context.getBeanFactory().registerSingleton("blocking", revision));
		AtomicReference<ConfigurableApplicationContext> started = new AtomicReference<>();
		Thread main = new Thread(() -> started.set(application.run("--server.port=0",
				"--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID(),
				"--management.endpoint.health.probes.enabled=true",
				"--management.endpoint.health.group.readiness.include=readinessState,migrate")), "application");
		main.start();
		revision.awaitStarted();
		try {
			HttpResponse<String> page = get("/bookmarks");
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).contains("5");
			assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
			assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
		}
		finally {
			revision.release();
			main.join(Duration.ofSeconds(30).toMillis());
		}
		try (ConfigurableApplicationContext context = started.get()) {
			assertThat(context.getBean(MigrateWebFilter.class)).isNotNull();
			assertThat(get("/bookmarks").body()).isEqualTo("1");
			assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port.get() + path))
			.timeout(Duration.ofSeconds(10))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class ReactiveApplication {

		@Bean
		Pages pages(JdbcTemplate jdbc) {
			return new Pages(jdbc);
		}

	}

	@RestController
	static final class Pages {

		private final JdbcTemplate jdbc;

		Pages(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@GetMapping("/bookmarks")
		String bookmarks() {
			return String.valueOf(this.jdbc.queryForObject("SELECT COUNT(*) FROM bookmarks", Integer.class));
		}

	}

}
