package dev.migrate.it.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The clinic, with only the starter added, starts on a fresh database of every kind in both
 * {@code migrate.run-at} modes, with {@code ddl-auto=validate}, a runner that reads the schema and a
 * scheduled job that writes to it. The revisions end with a slow one (3 s); meanwhile the test
 * polls the real server: the application's page never answers 500, and in {@code ready} mode it
 * answers 503 with {@code Retry-After} while readiness refuses and liveness answers.
 */
class ClinicStartsOnAFreshDatabaseTests {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	static List<Arguments> databasesAndModes() {
		List<Arguments> cases = new ArrayList<>();
		for (TestDatabase database : TestDatabase.values()) {
			cases.add(Arguments.of(database, "ready"));
			cases.add(Arguments.of(database, "startup"));
		}
		return cases;
	}

	@ParameterizedTest(name = "{0}, run-at={1}")
	@MethodSource("databasesAndModes")
	void startsAndServesOnlyACurrentSchema(TestDatabase database, String runAt) throws Exception {
		try (TestDatabase.Fresh fresh = database.create()) {
			AtomicInteger port = new AtomicInteger();
			SpringApplication application = new SpringApplication(ClinicApplication.class);
			application.setRegisterShutdownHook(false);
			application.addListeners(
					(ApplicationListener<WebServerInitializedEvent>) (event) -> port.set(event.getWebServer().getPort()));
			// H2's slow revision: SQL revisions sleep on the server (see slowLocation) for the others
			CountDownLatch slowStarted = new CountDownLatch((database.slowLocation == null) ? 1 : 0);
			CountDownLatch release = new CountDownLatch(1);
			if (database.slowLocation == null) {
				application.addInitializers((context) -> context.getBeanFactory()
					.registerSingleton("sleepingRevision", new SleepingRevision(slowStarted, release)));
			}
			List<String> args = new ArrayList<>(fresh.arguments());
			args.add("--server.port=0");
			args.add("--migrate.run-at=" + runAt);
			args.add("--migrate.locations=classpath:db/clinic/common"
					+ ((database.slowLocation != null) ? "," + database.slowLocation : ""));
			AtomicReference<ConfigurableApplicationContext> started = new AtomicReference<>();
			AtomicReference<Throwable> failed = new AtomicReference<>();
			Thread main = new Thread(() -> {
				try {
					started.set(application.run(args.toArray(new String[0])));
				}
				catch (Throwable ex) {
					failed.set(ex);
				}
			}, "clinic");
			main.start();
			List<Poll> polls = pollWhileStarting(main, port, slowStarted, release);
			assertThat(failed.get()).as("the application started").isNull();
			try (ConfigurableApplicationContext context = started.get()) {
				assertThat(productName(context)).isEqualTo(database.productName);
				assertThat(polls).as("the page never fails on the schema").noneMatch((poll) -> poll.page() == 500);
				if (runAt.equals("ready")) {
					List<Poll> refused = polls.stream().filter((poll) -> poll.page() == 503).toList();
					assertThat(refused).as("the page answered 503 during the slow revision").isNotEmpty();
					assertThat(refused).allMatch((poll) -> "5".equals(poll.retryAfter()))
						.allMatch((poll) -> poll.readiness() == 503)
						.allMatch((poll) -> poll.liveness() == 200);
				}
				assertThat(context.getBean(OwnerCount.class).counted()).as("the runner ran after the upgrade")
					.isEqualTo(2);
				assertThat(get(port, "/owners").body()).isEqualTo("Betty Davis, George Franklin");
				assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);
				HeartbeatRepository heartbeats = context.getBean(HeartbeatRepository.class);
				long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
				while (heartbeats.count() == 0 && System.nanoTime() < deadline) {
					Thread.sleep(100);
				}
				assertThat(heartbeats.count()).as("the scheduled job writes rows").isPositive();
				assertThat(context.getBean(HeartbeatJob.class).failures()).as("it never ran on a schema without its table")
					.isZero();
			}
		}
	}

	/**
	 * Polls the page and both probes every 100 ms until the application has started or failed. H2's
	 * slow revision is released once a page answered 503, or 20 polls after it started (at startup
	 * the port opens only after the upgrade).
	 */
	private List<Poll> pollWhileStarting(Thread main, AtomicInteger port, CountDownLatch slowStarted,
			CountDownLatch release) throws Exception {
		List<Poll> polls = new CopyOnWriteArrayList<>();
		int roundsSinceSlowStarted = 0;
		while (main.isAlive()) {
			if (slowStarted.getCount() == 0) {
				roundsSinceSlowStarted++;
			}
			if (roundsSinceSlowStarted >= 20 || polls.stream().anyMatch((poll) -> poll.page() == 503)) {
				release.countDown();
			}
			if (port.get() != 0) {
				try {
					HttpResponse<String> page = get(port, "/owners");
					polls.add(new Poll(page.statusCode(), page.headers().firstValue("Retry-After").orElse(null),
							get(port, "/actuator/health/readiness").statusCode(),
							get(port, "/actuator/health/liveness").statusCode()));
				}
				catch (ConnectException ex) {
					// The port is known before the connector accepts.
				}
			}
			Thread.sleep(100);
		}
		main.join();
		return polls;
	}

	private HttpResponse<String> get(AtomicInteger port, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.get() + path))
			.timeout(Duration.ofSeconds(10))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String productName(ConfigurableApplicationContext context) throws Exception {
		try (Connection connection = context.getBean(DataSource.class).getConnection()) {
			return connection.getMetaData().getDatabaseProductName();
		}
	}

	/** What one poll saw: the page's status and Retry-After, readiness and liveness. */
	record Poll(int page, String retryAfter, int readiness, int liveness) {

	}

}
