package dev.migrate.spring.autoconfigure.testsupport;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.migrate.core.revision.JavaRevision;

/** A Java revision after the default chain that holds its run until released, to watch a run in progress. */
public final class BlockingRevision implements JavaRevision {

	public static final String ID = "d4e5f6a1b2c3";

	private final CountDownLatch started = new CountDownLatch(1);

	private final CountDownLatch release = new CountDownLatch(1);

	@Override
	public String revision() {
		return ID;
	}

	@Override
	public List<String> downRevisions() {
		return List.of("c3d4e5f6a1b2");
	}

	@Override
	public String message() {
		return "wait for the test";
	}

	@Override
	public void upgrade(Connection connection) throws Exception {
		this.started.countDown();
		if (!this.release.await(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("The test never released the revision");
		}
	}

	public void awaitStarted() throws InterruptedException {
		if (!this.started.await(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("The revision never started");
		}
	}

	public void release() {
		this.release.countDown();
	}

}
