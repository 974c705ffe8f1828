package dev.migrate.it.rolling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A rolling deploy with real processes: version 1 of {@link RollingApplication} runs as two
 * instances; version 2 adds a column (expand) and drops the one version 1 reads (contract). The
 * version 2 instance becomes ready with the old column still there while version 1 keeps serving;
 * once both version 1 instances are gone (one stopped cleanly, one killed), version 2 applies the
 * contract revision, once. Heartbeats every second keep it short.
 */
abstract class RollingDeployProcessesTests {

	private static final Duration HEARTBEAT = Duration.ofSeconds(1);

	private static final Duration START = Duration.ofSeconds(90);

	private static final String CREATE = "1a0000000001";

	private static final String CONTRACT = "2c0000000003";

	protected abstract RollingDatabase createDatabase();

	private static List<String> version(RollingDatabase database, int version) {
		List<String> arguments = new ArrayList<>(database.arguments());
		arguments.addAll(List.of("--server.port=0", "--spring.main.banner-mode=off", "--spring.jpa.hibernate.ddl-auto=none",
				"--migrate.run-at=ready", "--migrate.instances.heartbeat=" + HEARTBEAT.toMillis() + "ms",
				"--management.endpoints.web.exposure.include=health,migrate,metrics",
				"--migrate.locations=classpath:db/rolling/v1" + ((version == 2) ? ",classpath:db/rolling/v2" : ""),
				"--rolling.column=" + ((version == 1) ? "old_name" : "name")));
		return arguments;
	}

	@Test
	void theContractRevisionWaitsUntilVersionOneIsGoneAndIsAppliedOnce() throws Exception {
		try (RollingDatabase database = createDatabase();
				AppProcess v1a = AppProcess.start("v1a", version(database, 1));
				AppProcess v1b = AppProcess.start("v1b", version(database, 1))) {
			v1a.awaitReady(START);
			v1b.awaitReady(START);
			Poller poller = new Poller();
			poller.watch(v1a);
			poller.watch(v1b);
			Thread polling = new Thread(poller::run, "rolling-poller");
			polling.start();
			try (AppProcess v2 = AppProcess.start("v2", version(database, 2))) {
				v2.awaitReady(START);
				JsonNode migrate = v2.json("/actuator/migrate");
				assertThat(migrate.get("state").asString()).isEqualTo("UP_TO_DATE");
				assertThat(migrate.get("pendingCount").asInt()).isZero();
				assertThat(strings(migrate.get("contract").get("held"))).containsExactly(CONTRACT);
				List<String> versionOne = new ArrayList<>();
				for (JsonNode instance : migrate.get("contract").get("instances")) {
					if (strings(instance.get("heads")).equals(List.of(CREATE))) {
						versionOne.add(instance.get("id").asString());
					}
				}
				assertThat(versionOne).hasSize(2);
				assertThat(strings(migrate.get("contract").get("waitingFor"))).containsExactlyInAnyOrderElementsOf(versionOne);
				assertThat(database.columns("items")).contains("old_name", "name");
				assertThat(v2.status("/items")).isEqualTo(200);
				Waiting.until(START, () -> "the held-revisions gauge of v2", () -> gauge(v2) == 1.0);
				// both version 1 instances served throughout version 2's start and expand
				Waiting.until(START, () -> "a few polls of version 1", () -> poller.polls(v1a) >= 3 && poller.polls(v1b) >= 3);

				poller.forget(v1a);
				v1a.stop();
				assertThat(v2.json("/actuator/migrate").get("current").get(0).asString()).isNotEqualTo(CONTRACT);
				poller.forget(v1b);
				long killed = System.nanoTime();
				v1b.kill();
				// three missed heartbeats and one more tick; the rest is room for a loaded machine
				Waiting.until(HEARTBEAT.multipliedBy(4).plusSeconds(20), () -> "v2 to apply the contract revision",
						() -> strings(v2.json("/actuator/migrate").get("current")).equals(List.of(CONTRACT)));
				System.out.printf("Contract applied %d ms after the last version 1 instance was killed (heartbeat %d ms)%n",
						(System.nanoTime() - killed) / 1_000_000, HEARTBEAT.toMillis());
				JsonNode after = v2.json("/actuator/migrate");
				assertThat(after.get("state").asString()).isEqualTo("UP_TO_DATE");
				assertThat(strings(after.get("contract").get("held"))).isEmpty();
				assertThat(database.upgrades(CONTRACT)).isEqualTo(1);
				assertThat(database.columns("items")).doesNotContain("old_name").contains("name");
				assertThat(v2.status("/items")).isEqualTo(200);
				Waiting.until(START, () -> "the held-revisions gauge of v2 to drop", () -> gauge(v2) == 0.0);
				assertThat(v2.output()).contains("Holding contract revision(s) " + CONTRACT + " until instance(s)")
					.contains("Applied contract revision(s) " + CONTRACT);
			}
			finally {
				poller.stop();
				polling.join();
			}
			assertThat(poller.failures()).isEmpty();
		}
	}

	private static double gauge(AppProcess app) {
		JsonNode metric = app.json("/actuator/metrics/migrate.contract.held");
		return (metric.get("measurements") != null) ? metric.get("measurements").get(0).get("value").asDouble() : -1;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

	/** Reads {@code GET /items} of each watched instance in turn, recording every answer that is not 200. */
	private static final class Poller {

		private final Map<AppProcess, AtomicInteger> watched = new ConcurrentHashMap<>();

		private final List<String> failures = new CopyOnWriteArrayList<>();

		private volatile boolean running = true;

		void watch(AppProcess app) {
			this.watched.put(app, new AtomicInteger());
		}

		/** Stops polling an instance before it is stopped. */
		void forget(AppProcess app) {
			this.watched.remove(app);
		}

		int polls(AppProcess app) {
			AtomicInteger count = this.watched.get(app);
			return (count != null) ? count.get() : 0;
		}

		void run() {
			while (this.running) {
				this.watched.forEach((app, count) -> {
					int status = app.status("/items");
					if (status != 200 && this.watched.containsKey(app)) {
						this.failures.add(app.name() + " answered " + status);
					}
					count.incrementAndGet();
				});
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		void stop() {
			this.running = false;
		}

		List<String> failures() {
			return this.failures;
		}

	}

}
