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

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

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
		HttpResponse<String> page = get("/bookmarks");
		assertThat(page.statusCode()).as("the application's own page, before code that reads the table").isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).contains("5");
		assertThat(page.body()).contains("The database is being upgraded");
		assertThat(get("/actuator").statusCode()).as("Actuator's discovery page").isEqualTo(200);

		revision.release();
		main.join(Duration.ofSeconds(30).toMillis());
		assertThat(started.get()).isNotNull();
		this.contexts.add(started.get());

		assertThat(started.get().getBean(SchemaProbe.class).bookmarks()).as("the application's runner ran after the upgrade")
			.isEqualTo(1);
		assertThat(get("/bookmarks").body()).isEqualTo("1");
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		HttpResponse<String> migrate = get("/actuator/migrate");
		assertThat(migrate.statusCode()).isEqualTo(200);
		assertThat(migrate.headers().firstValue("Content-Type").orElse("")).contains("json");
		JsonNode body = this.json.readTree(migrate.body());
		assertThat(names(body)).containsExactly("state", "current", "heads", "pendingCount", "pending", "lastRun",
				"target", "detail", "reason", "unknown", "contract");
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
		HttpResponse<String> page = get("/bookmarks");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).contains("60");
		assertThat(page.body()).contains("The database upgrade failed");
	}

	@Test
	void atStartupThePagesServeAtOnce() throws Exception {
		ConfigurableApplicationContext context = application().run(args("--migrate.run-at=startup"));
		this.contexts.add(context);
		assertThat(context.getBean(SchemaProbe.class).bookmarks()).isEqualTo(1);
		assertThat(get("/bookmarks").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@Test
	void aDisabledMigrateKeepsTheReadmeConfigurationWorking() throws Exception {
		this.contexts.add(application().run(args("--migrate.enabled=false")));
		HttpResponse<String> readiness = get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		JsonNode migrate = this.json.readTree(readiness.body()).at("/components/migrate");
		assertThat(migrate.get("status").asString()).isEqualTo("UP");
		assertThat(migrate.at("/details/enabled").asBoolean(true)).isFalse();
		assertThat(get("/actuator/migrate").statusCode()).isEqualTo(404);
	}

	@Test
	void theGateFollowsAMovedActuatorBasePath() throws Exception {
		BlockingRevision revision = new BlockingRevision();
		SpringApplication application = application();
		application.addInitializers((context) -> context.getBeanFactory().registerSingleton("blocking", revision));
		AtomicReference<ConfigurableApplicationContext> started = new AtomicReference<>();
		Thread main = new Thread(() -> started.set(application.run(args("--management.endpoints.web.base-path=/manage"))),
				"application");
		main.start();
		revision.awaitStarted();
		try {
			assertThat(get("/manage/health/liveness").statusCode()).isEqualTo(200);
			assertThat(get("/actuator/health/liveness").statusCode()).as("no longer Actuator's").isEqualTo(503);
			assertThat(get("/managed").statusCode()).as("a prefix of the name is not the path").isEqualTo(503);
		}
		finally {
			revision.release();
			main.join(Duration.ofSeconds(30).toMillis());
			this.contexts.add(started.get());
		}
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

		@Bean
		SchemaProbe schemaProbe(JdbcTemplate jdbc) {
			return new SchemaProbe(jdbc);
		}

		@Bean
		Pages pages(JdbcTemplate jdbc) {
			return new Pages(jdbc);
		}

	}

	/** The application's own runner: it reads the schema, so it must run after the upgrade. */
	static final class SchemaProbe implements CommandLineRunner {

		private final JdbcTemplate jdbc;

		private volatile Integer bookmarks;

		SchemaProbe(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public void run(String... args) {
			try {
				this.bookmarks = this.jdbc.queryForObject("SELECT COUNT(*) FROM bookmarks", Integer.class);
			}
			catch (DataAccessException ex) {
				// No table: the tests that expect one assert a count; the others need the application to stay up.
				this.bookmarks = null;
			}
		}

		Integer bookmarks() {
			return this.bookmarks;
		}

	}

	/** The application's own page, which fails with a 500 on a schema without its table. */
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

		@GetMapping("/managed")
		String managed() {
			return bookmarks();
		}

	}

}
