package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import dev.migrate.spring.autoconfigure.testsupport.BlockingRevision;
import dev.migrate.spring.autoconfigure.testsupport.RecordingExit;
import dev.migrate.spring.autoconfigure.testsupport.Tables;

/**
 * A web application with the actuator, over real HTTP: what a Kubernetes probe and an operator see
 * while the application migrates itself and afterwards.
 */
class MigrateWebApplicationTests {

	private static final String[] MANAGEMENT = { "--server.port=0",
			"--management.endpoints.web.exposure.include=health,migrate,migrateupgrade",
			"--management.endpoint.health.probes.enabled=true", "--management.endpoint.health.show-details=always",
			"--management.endpoint.health.group.readiness.include=readinessState,migrate" };

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final AtomicInteger port = new AtomicInteger();

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	@AfterEach
	void close() {
		this.contexts.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void livenessAnswersAndReadinessRefusesTrafficWhileTheUpgradeRuns() throws Exception {
		BlockingRevision revision = new BlockingRevision();
		SpringApplication application = application();
		application.addInitializers((context) -> context.getBeanFactory().registerSingleton("blocking", revision));
		AtomicReference<ConfigurableApplicationContext> started = new AtomicReference<>();
		Thread main = new Thread(() -> started.set(application.run(args())), "application");
		main.start();
		revision.awaitStarted();

		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		HttpResponse<String> readiness = get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(this.json.readTree(readiness.body()).at("/components/migrate/status").asString())
			.isEqualTo("OUT_OF_SERVICE");
		assertThat(this.json.readTree(get("/actuator/migrate").body()).get("state").asString()).isEqualTo("RUNNING");

		revision.release();
		main.join(Duration.ofSeconds(30).toMillis());
		assertThat(started.get()).isNotNull();
		this.contexts.add(started.get());

		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		HttpResponse<String> migrate = get("/actuator/migrate");
		assertThat(migrate.statusCode()).isEqualTo(200);
		assertThat(migrate.headers().firstValue("Content-Type").orElse("")).contains("json");
		JsonNode body = this.json.readTree(migrate.body());
		assertThat(names(body)).containsExactly("state", "current", "heads", "pendingCount", "pending", "lastRun",
				"target", "detail");
		assertThat(body.get("state").asString()).isEqualTo("UP_TO_DATE");
		assertThat(body.get("current").get(0).asString()).isEqualTo(BlockingRevision.ID);
		assertThat(body.get("heads").get(0).asString()).isEqualTo(BlockingRevision.ID);
		assertThat(body.get("pendingCount").asInt()).isZero();
		assertThat(body.get("pending").isArray()).isTrue();
		assertThat(body.get("lastRun").get("applied").asInt()).isEqualTo(4);
		assertThat(body.get("lastRun").get("outcome").asString()).isEqualTo("SUCCESS");
		assertThat(body.get("lastRun").get("startedAt").asString()).isNotBlank();
		assertThat(body.get("lastRun").get("finishedAt").asString()).isNotBlank();

		JsonNode health = this.json.readTree(get("/actuator/health").body());
		assertThat(health.at("/components/migrate/status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/migrate/details/pendingCount").asInt()).isZero();
		assertThat(post("/actuator/migrateupgrade").statusCode()).as("the write endpoint is off by default")
			.isEqualTo(404);
	}

	@Test
	void aFailedUpgradeKeepsServingButRefusesTrafficWhenFailOnErrorIsFalse() throws Exception {
		this.contexts.add(application().run(args("--migrate.fail-on-error=false",
				"--migrate.locations=classpath:db/failing")));
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		HttpResponse<String> readiness = get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(503);
		JsonNode probe = this.json.readTree(readiness.body());
		assertThat(probe.at("/components/readinessState/status").asString()).isEqualTo("OUT_OF_SERVICE");
		assertThat(probe.at("/components/migrate/status").asString()).isEqualTo("DOWN");
		JsonNode migrate = this.json.readTree(get("/actuator/migrate").body());
		assertThat(migrate.get("state").asString()).isEqualTo("FAILED");
		assertThat(migrate.get("detail").asString()).contains("f2b2f2b2f2b2");
		assertThat(migrate.at("/lastRun/outcome").asString()).isEqualTo("FAILED");
		assertThat(this.contexts.get(0).getBean(RecordingExit.class).statuses()).isEmpty();
	}

	@Test
	void theUpgradeEndpointRunsOnlyWhenOptedInAndUnrestrictedAccessIsGranted() throws Exception {
		ConfigurableApplicationContext readOnly = application().run(args("--migrate.run-on-ready=false",
				"--migrate.upgrade-endpoint.enabled=true",
				"--management.endpoint.migrateupgrade.access=read-only"));
		this.contexts.add(readOnly);
		assertThat(post("/actuator/migrateupgrade").statusCode()).isNotEqualTo(200);
		assertThat(Tables.exists(readOnly.getBean(DataSource.class), "bookmarks")).isFalse();

		ConfigurableApplicationContext notOptedIn = application().run(args("--migrate.run-on-ready=false",
				"--management.endpoint.migrateupgrade.access=unrestricted"));
		this.contexts.add(notOptedIn);
		assertThat(post("/actuator/migrateupgrade").statusCode()).as("access without migrate's opt-in").isEqualTo(404);
		assertThat(Tables.exists(notOptedIn.getBean(DataSource.class), "bookmarks")).isFalse();

		ConfigurableApplicationContext granted = application().run(args("--migrate.run-on-ready=false",
				"--migrate.upgrade-endpoint.enabled=true", "--management.endpoint.migrateupgrade.access=unrestricted"));
		this.contexts.add(granted);
		assertThat(this.json.readTree(get("/actuator/migrate").body()).get("state").asString()).isEqualTo("PENDING");
		HttpResponse<String> upgraded = post("/actuator/migrateupgrade");
		assertThat(upgraded.statusCode()).isEqualTo(200);
		JsonNode body = this.json.readTree(upgraded.body());
		assertThat(body.get("state").asString()).isEqualTo("UP_TO_DATE");
		assertThat(body.at("/lastRun/applied").asInt()).isEqualTo(3);
		assertThat(Tables.exists(granted.getBean(DataSource.class), "bookmarks")).isTrue();
	}

	@Test
	void unrestrictedAccessForEveryEndpointAndFullExposureDoNotReachTheUpgradeEndpoint() throws Exception {
		ConfigurableApplicationContext everything = application().run(args("--migrate.run-on-ready=false",
				"--management.endpoints.access.default=unrestricted", "--management.endpoints.web.exposure.include=*"));
		this.contexts.add(everything);
		assertThat(post("/actuator/migrateupgrade").statusCode()).isEqualTo(404);
		assertThat(Tables.exists(everything.getBean(DataSource.class), "bookmarks")).isFalse();
		assertThat(get("/actuator/migrate").statusCode()).isEqualTo(200);
	}

	@Test
	void theMigrateOptInAloneDoesNotReachTheUpgradeEndpointEither() throws Exception {
		ConfigurableApplicationContext optedIn = application().run(args("--migrate.run-on-ready=false",
				"--migrate.upgrade-endpoint.enabled=true"));
		this.contexts.add(optedIn);
		assertThat(post("/actuator/migrateupgrade").statusCode()).isNotEqualTo(200);
		assertThat(Tables.exists(optedIn.getBean(DataSource.class), "bookmarks")).isFalse();
	}

	private SpringApplication application() {
		SpringApplication application = new SpringApplication(WebApplication.class);
		application.setRegisterShutdownHook(false);
		application.addListeners(
				(ApplicationListener<WebServerInitializedEvent>) (event) -> this.port.set(event.getWebServer().getPort()));
		return application;
	}

	private static String[] args(String... args) {
		List<String> all = new ArrayList<>(List.of(MANAGEMENT));
		all.add("--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID());
		all.addAll(List.of(args));
		return all.toArray(new String[0]);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port.get() + path);
	}

	private static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class WebApplication {

		@Bean
		RecordingExit recordingExit() {
			return new RecordingExit();
		}

	}

}
