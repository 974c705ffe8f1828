package dev.migrate.it.clinic;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Writes a row every 200 ms. */
@Component
public class HeartbeatJob {

	private final HeartbeatRepository heartbeats;

	private final AtomicInteger failures = new AtomicInteger();

	public HeartbeatJob(HeartbeatRepository heartbeats) {
		this.heartbeats = heartbeats;
	}

	@Scheduled(fixedDelay = 200)
	public void beat() {
		try {
			this.heartbeats.save(new Heartbeat(System.currentTimeMillis()));
		}
		catch (RuntimeException ex) {
			this.failures.incrementAndGet();
			throw ex;
		}
	}

	/** How many runs failed, e.g. because the table was not there yet. */
	public int failures() {
		return this.failures.get();
	}

}
