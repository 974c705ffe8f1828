package dev.migrate.it.clinic;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.migrate.core.revision.JavaRevision;
import dev.migrate.core.revision.Phase;

/**
 * H2 has no sleep function: the slow revision of the H2 runs is Java. It runs until the test has
 * seen what it watches for (or for at most 30 s), so it is exactly as slow as the test needs.
 */
final class SleepingRevision implements JavaRevision {

	private final CountDownLatch started;

	private final CountDownLatch release;

	SleepingRevision(CountDownLatch started, CountDownLatch release) {
		this.started = started;
		this.release = release;
	}

	@Override
	public String revision() {
		return "0a0000000004";
	}

	@Override
	public List<String> downRevisions() {
		return List.of("0a0000000003");
	}

	@Override
	public String message() {
		return "a slow revision";
	}

	@Override
	public Phase phase() {
		return Phase.EXPAND;
	}

	@Override
	public void upgrade(Connection connection) throws Exception {
		this.started.countDown();
		this.release.await(30, TimeUnit.SECONDS);
	}

}
