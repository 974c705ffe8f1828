package dev.migrate.core.lock;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.testsupport.DatabaseContractTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What every lock must do on its real database: exclude a second runner until released, time out
 * with a message that says what it waited for, hand over promptly, keep namespaces and schemas
 * apart, and survive eight threads fighting over it.
 */
public abstract class DatabaseLockContractTest extends DatabaseContractTest {

	protected final ExecutorService executor = Executors.newCachedThreadPool();

	/** How this database's lock describes itself, e.g. {@code PostgreSQL advisory lock}. */
	protected abstract String kind();

	/** The lock a runner with {@code settings} gets on this database. */
	protected DatabaseLock lock(LockSettings settings, LockListener listener) {
		return DatabaseLocks.forDialect(this.database.dialect(), this.database.dataSource(), settings,
				Clock.systemUTC(), listener);
	}

	protected HeldLock acquire(LockSettings settings) {
		return lock(settings, LockListener.NONE).acquire();
	}

	/** The default settings, in the current schema, with a quick log interval and a 10s timeout. */
	protected LockSettings settings() {
		return LockSettings.defaults(null).withTimeout(Duration.ofSeconds(10)).withLogInterval(Duration.ofMillis(200));
	}

	protected LockSettings once() {
		return settings().withTimeout(Duration.ZERO);
	}

	@AfterEach
	void stopThreads() throws InterruptedException {
		this.executor.shutdownNow();
		this.executor.awaitTermination(10, TimeUnit.SECONDS);
	}

	@Test
	void acquiresAndReleasesSoThatTheNextAcquireSucceedsAtOnce() {
		try (HeldLock held = acquire(settings())) {
			assertThat(held.description()).contains(kind()).contains("'migrate'").contains(this.database.schema());
			assertThat(held.waited()).isLessThan(Duration.ofSeconds(2));
		}
		try (HeldLock again = acquire(once())) {
			assertThat(again.waited()).isLessThan(Duration.ofSeconds(2));
		}
	}

	@Test
	void aSecondRunnerTimesOutNamingWhatItWaitedForAndTheSettingToRaise() {
		try (HeldLock held = acquire(settings())) {
			long start = System.nanoTime();
			assertThatExceptionOfType(LockTimeoutException.class)
				.isThrownBy(() -> acquire(settings().withTimeout(Duration.ofMillis(700))))
				.satisfies(ex -> {
					assertThat(ex.code()).isEqualTo(ErrorCode.LOCK_TIMEOUT);
					assertThat(ex.waited()).isGreaterThanOrEqualTo(Duration.ofMillis(700));
					assertThat(ex.description()).isEqualTo(held.description());
					assertThat(ex.holder()).isNotBlank();
					assertThat(ex.getMessage()).contains("Gave up after", held.description(), ex.holder(),
							"migrate.lock.timeout", "--lock-timeout", "now 700ms");
				});
			assertThat(Durations.since(start)).isLessThan(Duration.ofSeconds(3));
		}
	}

	@Test
	void aWaiterGetsTheLockPromptlyOnceTheHolderReleasesIt() throws Exception {
		HeldLock held = acquire(settings());
		CountDownLatch waiting = new CountDownLatch(1);
		Future<HeldLock> waiter = this.executor.submit(() -> lock(settings(), waitingLatch(waiting)).acquire());
		assertThat(waiting.await(5, TimeUnit.SECONDS)).as("the waiter polls").isTrue();
		Thread.sleep(300);
		assertThat(waiter).isNotDone();
		long released = System.nanoTime();
		held.close();
		try (HeldLock next = waiter.get(5, TimeUnit.SECONDS)) {
			assertThat(Durations.since(released)).isLessThan(Duration.ofMillis(1500));
			assertThat(next.waited()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		}
	}

	@Test
	void aWaiterStopsWaitingWhenItsRunHasBecomePointlessAndLeavesTheLockToTheHolder() throws Exception {
		HeldLock held = acquire(settings());
		try {
			CountDownLatch waiting = new CountDownLatch(1);
			AtomicInteger asked = new AtomicInteger();
			java.util.concurrent.atomic.AtomicBoolean pointless = new java.util.concurrent.atomic.AtomicBoolean();
			Future<java.util.Optional<HeldLock>> waiter = this.executor.submit(() -> lock(settings(),
					waitingLatch(waiting)).acquireUnless(() -> {
						asked.incrementAndGet();
						return pointless.get();
					}));
			assertThat(waiting.await(5, TimeUnit.SECONDS)).as("the waiter polls").isTrue();
			Thread.sleep(300);
			assertThat(waiter).isNotDone();
			assertThat(asked.get()).as("asked between attempts").isGreaterThan(1);
			pointless.set(true);
			assertThat(waiter.get(5, TimeUnit.SECONDS)).isEmpty();
			assertThat(held.description()).contains(kind());
			assertThatExceptionOfType(LockTimeoutException.class).as("the holder still holds it")
				.isThrownBy(() -> acquire(once()));
		}
		finally {
			held.close();
		}
		try (HeldLock next = acquire(once())) {
			assertThat(next.waited()).as("the waiter that gave up holds nothing").isLessThan(Duration.ofSeconds(2));
		}
	}

	@Test
	void aWaiterWhoseRunTheHolderMadePointlessStopsRatherThanTakeTheFreedLock() throws Exception {
		HeldLock held = acquire(settings());
		CountDownLatch waiting = new CountDownLatch(1);
		java.util.concurrent.atomic.AtomicBoolean pointless = new java.util.concurrent.atomic.AtomicBoolean();
		Future<java.util.Optional<HeldLock>> waiter = this.executor
			.submit(() -> lock(settings(), waitingLatch(waiting)).acquireUnless(pointless::get));
		try {
			assertThat(waiting.await(5, TimeUnit.SECONDS)).as("the waiter polls").isTrue();
			// the holder commits what the waiter came to do, then lets go: whenever the waiter wakes, it must stop
			pointless.set(true);
		}
		finally {
			held.close();
		}
		java.util.Optional<HeldLock> result = waiter.get(5, TimeUnit.SECONDS);
		result.ifPresent(HeldLock::close);
		assertThat(result).as("the waiter took the lock only to find nothing to do").isEmpty();
	}

	@Test
	void aFreeLockIsTakenWithoutAskingWhetherWaitingIsPointless() {
		try (HeldLock held = lock(once(), LockListener.NONE).acquireUnless(() -> {
			throw new AssertionError("asked before the first attempt");
		}).orElseThrow()) {
			assertThat(held.description()).contains(kind());
		}
	}

	@Test
	void differentNamespacesDoNotBlockEachOther() {
		try (HeldLock first = acquire(settings().withNamespace("orders"));
				HeldLock second = acquire(once().withNamespace("billing"))) {
			assertThat(first.description()).contains("'orders'");
			assertThat(second.description()).contains("'billing'");
		}
	}

	@Test
	void differentSchemasDoNotBlockEachOther() {
		String other = this.database.createSchema();
		try (HeldLock current = acquire(settings()); HeldLock elsewhere = acquire(once().withSchema(other))) {
			assertThat(elsewhere.description()).contains(other);
		}
	}

	@Test
	void theCurrentSchemaNamedOrNotIsOneLock() {
		try (HeldLock held = acquire(settings())) {
			assertThatExceptionOfType(LockTimeoutException.class)
				.isThrownBy(() -> acquire(once().withSchema(this.database.schema())));
		}
	}

	@Test
	void eightThreadsIncrementingInsideTheLockLoseNoUpdate() throws Exception {
		int threads = 8;
		int rounds = 5;
		Counter counter = new Counter();
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger mostInside = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> runners = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			DatabaseLock lock = lock(settings().withTimeout(Duration.ofSeconds(30)), LockListener.NONE);
			runners.add(this.executor.submit(() -> {
				start.await();
				for (int round = 0; round < rounds; round++) {
					try (HeldLock held = lock.acquire()) {
						mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
						int value = counter.value;
						Thread.sleep(3);
						counter.value = value + 1;
						inside.decrementAndGet();
					}
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> runner : runners) {
			runner.get(60, TimeUnit.SECONDS);
		}
		assertThat(counter.value).isEqualTo(threads * rounds);
		assertThat(mostInside).hasValue(1);
	}

	@Test
	void closingTwiceIsHarmlessAndDoesNotReleaseTheNextHoldersLock() {
		HeldLock first = acquire(settings());
		first.close();
		assertThatCode(first::close).doesNotThrowAnyException();
		try (HeldLock second = acquire(once())) {
			first.close();
			assertThatExceptionOfType(LockTimeoutException.class).isThrownBy(() -> acquire(once()));
		}
	}

	@Test
	void tellsItsListenerAboutWaitsAcquisitionsAndReleases() {
		List<String> events = new CopyOnWriteArrayList<>();
		LockListener recorder = new LockListener() {

			@Override
			public void waiting(String description, Duration waited) {
				events.add("waiting");
			}

			@Override
			public void acquired(String description, Duration waited) {
				events.add("acquired");
			}

			@Override
			public void released(String description, Duration held) {
				events.add("released " + description.contains(kind()));
			}

		};
		HeldLock held = lock(settings(), recorder).acquire();
		assertThatExceptionOfType(LockTimeoutException.class)
			.isThrownBy(() -> lock(settings().withTimeout(Duration.ofMillis(500)), recorder).acquire());
		held.close();
		assertThat(events).first().isEqualTo("acquired");
		assertThat(events).last().isEqualTo("released true");
		// at the first refusal, then every 200ms
		assertThat(events.subList(1, events.size() - 1)).hasSizeBetween(2, 5).containsOnly("waiting");
	}

	/** A listener that counts {@code latch} down when its lock starts waiting. */
	protected static LockListener waitingLatch(CountDownLatch latch) {
		return new LockListener() {

			@Override
			public void waiting(String description, Duration waited) {
				latch.countDown();
			}

		};
	}

	private static final class Counter {

		volatile int value;

	}

}
