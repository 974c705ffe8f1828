package dev.migrate.spring.autoconfigure.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.TableNames;
import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.fleet.TenantOutcome;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.history.HistoryRow;
import dev.migrate.core.lock.LockSettings;
import dev.migrate.spring.autoconfigure.testsupport.RecordingExit;

/**
 * An application with tenant schemas (on MariaDB, databases), over real HTTP: every tenant is
 * migrated at startup, one that fails stops none of the others, the endpoint and health show the
 * fleet, a tenant created later is migrated by one call, and two applications starting at once on
 * one fleet apply each revision once per tenant.
 */
abstract class FleetApplicationContractTests {

	static final String HEAD = "c3d4e5f6a1b2";

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	private final List<String> tenants = new ArrayList<>();

	/** The application's JDBC URL (its main schema). */
	protected abstract String url();

	protected abstract String user();

	protected abstract String createSchemaSql(String name);

	protected abstract String dropSchemaSql(String name);

	/** SQL naming a table of a tenant. */
	protected abstract String table(String schema, String table);

	/** Drops the application's own schema or database, after the tenants. */
	protected abstract void dropMain();

	@AfterEach
	void closeAndDrop() throws SQLException {
		this.contexts.forEach(ConfigurableApplicationContext::close);
		try {
			for (String tenant : this.tenants) {
				execute(dropSchemaSql(tenant));
			}
		}
		finally {
			dropMain();
		}
	}

	@Test
	void everyTenantIsMigratedAtStartupAndOneThatFailsStopsNoOther() throws Exception {
		List<String> fleet = createTenants(50);
		String failing = fleet.get(20);
		// the failing tenant is at the first revision with a row in the seed's way: the seed fails there
		tenantMigrator(failing).upgrade("a1b2c3d4e5f6");
		execute("INSERT INTO " + table(failing, "bookmarks") + " (id, url) VALUES (1, 'in the way')");

		ConfigurableApplicationContext context = start("--migrate.tenants.schemas=" + String.join(",", fleet),
				"--migrate.tenants.parallelism=4");

		JsonNode migrate = this.json.readTree(get(context, "/actuator/migrate").body());
		assertThat(migrate.get("state").asString()).as("the main schema").isEqualTo("UP_TO_DATE");
		JsonNode entries = migrate.get("tenants");
		assertThat(entries.size()).isEqualTo(50);
		for (String tenant : fleet) {
			JsonNode entry = entries.get(tenant);
			if (tenant.equals(failing)) {
				assertThat(entry.get("state").asString()).isEqualTo("FAILED");
				assertThat(entry.get("current").get(0).asString()).isEqualTo("b2c3d4e5f6a1");
				assertThat(entry.get("pendingCount").asInt()).isOne();
			}
			else {
				assertThat(entry.get("state").asString()).as(tenant).isEqualTo("UP_TO_DATE");
				assertThat(entry.get("current").get(0).asString()).isEqualTo(HEAD);
				assertThat(entry.get("pendingCount").asInt()).isZero();
			}
		}
		assertThat(tenantMigrator(fleet.get(0)).history()).extracting(row -> row.entry().revision())
			.containsExactly("a1b2c3d4e5f6", "b2c3d4e5f6a1", HEAD);

		JsonNode one = this.json.readTree(get(context, "/actuator/migrate/" + failing).body());
		assertThat(one.get("state").asString()).isEqualTo("FAILED");
		assertThat(one.get("pending").get(0).get("revision").asString()).isEqualTo(HEAD);
		assertThat(one.get("heads").get(0).asString()).isEqualTo(HEAD);
		JsonNode healthy = this.json.readTree(get(context, "/actuator/migrate/" + fleet.get(0)).body());
		assertThat(healthy.get("state").asString()).isEqualTo("UP_TO_DATE");
		assertThat(healthy.get("pendingCount").asInt()).isZero();
		assertThat(get(context, "/actuator/migrate/no_such_tenant").statusCode()).isEqualTo(404);

		JsonNode health = this.json.readTree(get(context, "/actuator/health").body());
		assertThat(health.at("/components/migrate/status").asString()).isEqualTo("DOWN");
		assertThat(health.at("/components/migrate/details/failedTenants").get(0).asString()).isEqualTo(failing);
		assertThat(health.at("/components/migrate/details/failedTenants").size()).isOne();

		io.micrometer.core.instrument.MeterRegistry meters = context.getBean(io.micrometer.core.instrument.MeterRegistry.class);
		assertThat(meters.get(MigrateFleetMetrics.TENANTS).tag("outcome", "failure").gauge().value()).isEqualTo(1.0);
		assertThat(meters.get(MigrateFleetMetrics.TENANTS).tag("outcome", "success").gauge().value()).isEqualTo(49.0);

		String later = createTenants(1).get(0);
		MigrateFleet migrateFleet = context.getBean(MigrateFleet.class);
		TenantOutcome outcome = migrateFleet.migrate(later);
		assertThat(outcome.applied()).containsExactly("a1b2c3d4e5f6", "b2c3d4e5f6a1", HEAD);
		assertThat(this.json.readTree(get(context, "/actuator/migrate").body()).at("/tenants/" + later + "/state")
			.asString()).isEqualTo("UP_TO_DATE");
		assertThat(meters.get(MigrateFleetMetrics.TENANT_UPGRADE).timers())
			.as("50 tenants: more than the tag limit, so no tenant tag")
			.allSatisfy(timer -> assertThat(timer.getId().getTag("tenant")).isNull())
			.isNotEmpty();
		assertThat(migrateFleet.maximumConnections()).as("parallelism + 1").isEqualTo(migrateFleet.parallelism() + 1);
		assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> migrateFleet.migrate(failing))
			.withMessageContaining(failing);
	}

	@Test
	void twoApplicationsStartingAtOnceApplyEachRevisionOncePerTenant() throws Exception {
		List<String> fleet = createTenants(10);
		String tenantsArg = "--migrate.tenants.schemas=" + String.join(",", fleet);
		CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture
			.supplyAsync(() -> startAlongside(tenantsArg, "--migrate.tenants.parallelism=3"));
		CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture
			.supplyAsync(() -> startAlongside(tenantsArg, "--migrate.tenants.parallelism=3"));
		this.contexts.add(first.get());
		this.contexts.add(second.get());
		for (String tenant : fleet) {
			List<HistoryRow> history = tenantMigrator(tenant).history();
			assertThat(history).as(tenant)
				.extracting(row -> row.entry().revision())
				.containsExactly("a1b2c3d4e5f6", "b2c3d4e5f6a1", HEAD);
		}
		assertThat(first.get().getBean(MigrateFleet.class).failed()).isEmpty();
		assertThat(second.get().getBean(MigrateFleet.class).failed()).isEmpty();
	}

	private ConfigurableApplicationContext startQuietly(String... args) {
		SpringApplication application = new SpringApplication(FleetApplication.class);
		application.setRegisterShutdownHook(false);
		return application.run(args(args));
	}

	/**
	 * Starts an application while another starts in this JVM. Both would otherwise reset the
	 * one Logback context at the same moment (Spring Boot's logging system is per JVM, and
	 * a context half-reset by the other start fails with "Unable to find Spring Environment
	 * in logger context"), so these two leave logging as the earlier tests configured it.
	 * Real instances are separate processes; RollingDeployProcessesTests starts those.
	 */
	private ConfigurableApplicationContext startAlongside(String... args) {
		SpringApplication application = new SpringApplication(FleetApplication.class);
		application.setRegisterShutdownHook(false);
		application.setListeners(application.getListeners()
			.stream()
			.filter(listener -> !(listener instanceof LoggingApplicationListener))
			.toList());
		return application.run(args(args));
	}

	private ConfigurableApplicationContext start(String... args) {
		ConfigurableApplicationContext context = startQuietly(args);
		this.contexts.add(context);
		return context;
	}

	private String[] args(String... args) {
		List<String> all = new ArrayList<>(List.of("--server.port=0",
				"--management.endpoints.web.exposure.include=health,migrate",
				"--management.endpoint.health.show-details=always", "--spring.datasource.url=" + url(),
				"--spring.datasource.username=" + user(), "--spring.datasource.password=",
				"--migrate.lock.timeout=60s"));
		all.addAll(List.of(args));
		return all.toArray(new String[0]);
	}

	protected List<String> createTenants(int count) throws SQLException {
		List<String> created = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String name = "tenant_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			execute(createSchemaSql(name));
			this.tenants.add(name);
			created.add(name);
		}
		return created;
	}

	/** A migrator of one tenant, built apart from the application, to read its tables. */
	private Migrator tenantMigrator(String tenant) {
		RevisionGraph graph = RevisionGraph.of(new dev.migrate.core.revision.RevisionLoader(getClass().getClassLoader())
			.load(List.of(dev.migrate.core.revision.Location.parse("classpath:db/revisions"))));
		MigrateSettings settings = new MigrateSettings(TableNames.defaults().withSchema(tenant), null,
				LockSettings.defaults(tenant), true);
		return Migrator.forTenant(new org.springframework.jdbc.datasource.DriverManagerDataSource(url(), user(), ""),
				graph, settings, java.time.Clock.systemUTC(), null, null, null);
	}

	protected void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url(), user(), "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private HttpResponse<String> get(ConfigurableApplicationContext context, String path) throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class FleetApplication {

		@Bean
		RecordingExit recordingExit() {
			return new RecordingExit();
		}

	}

}
