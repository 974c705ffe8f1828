package dev.migrate.spring.autoconfigure.scheduling;

import java.time.Duration;
import java.util.Objects;

import org.springframework.core.task.TaskDecorator;

import dev.migrate.spring.autoconfigure.MigrateTrafficGate;

/**
 * Holds each execution of a scheduled task until {@link MigrateTrafficGate} opens: scheduling starts
 * with the context, before the upgrade of {@code run-at=ready} has run, and a job that writes a
 * row would fail on the missing table. Once the schema is current the check costs a volatile read.
 */
public final class AwaitUpgradeTaskDecorator implements TaskDecorator {

	private static final Duration POLL = Duration.ofMillis(100);

	private final MigrateTrafficGate gate;

	public AwaitUpgradeTaskDecorator(MigrateTrafficGate gate) {
		this.gate = Objects.requireNonNull(gate, "gate");
	}

	@Override
	public Runnable decorate(Runnable runnable) {
		return () -> {
			try {
				while (this.gate.retryAfter() != null) {
					Thread.sleep(POLL.toMillis());
				}
			}
			catch (InterruptedException ex) {
				// The scheduler is shutting down: skip this execution.
				Thread.currentThread().interrupt();
				return;
			}
			runnable.run();
		};
	}

}
