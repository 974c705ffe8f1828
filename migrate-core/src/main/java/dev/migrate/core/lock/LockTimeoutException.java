package dev.migrate.core.lock;

import java.time.Duration;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/**
 * Another run held the lock for longer than {@link LockSettings#timeout()}. The message says what
 * was awaited, who held it when known, how long this run waited, which setting raises the timeout
 * and how to find the other run.
 */
public class LockTimeoutException extends MigrateException {

	private final String description;

	private final Duration waited;

	private final String holder;

	/**
	 * @param description what was awaited
	 * @param waited how long
	 * @param timeout the configured timeout
	 * @param holder who held the lock at the end, or {@code null} when unknown
	 * @param advice how to find the holder on this database, or {@code null}
	 */
	public LockTimeoutException(String description, Duration waited, Duration timeout, String holder, String advice) {
		super(ErrorCode.LOCK_TIMEOUT, message(description, waited, timeout, holder, advice));
		this.description = description;
		this.waited = waited;
		this.holder = holder;
	}

	/** What was awaited. */
	public String description() {
		return this.description;
	}

	/** How long this run waited. */
	public Duration waited() {
		return this.waited;
	}

	/** Who held the lock when this run gave up, or {@code null} when unknown. */
	public String holder() {
		return this.holder;
	}

	private static String message(String description, Duration waited, Duration timeout, String holder,
			String advice) {
		StringBuilder message = new StringBuilder("Gave up after ").append(Durations.format(waited))
			.append(" waiting for the ")
			.append(description);
		if (holder != null) {
			message.append(", held by ").append(holder);
		}
		message.append(". Another migrate run is probably still working on this database: let it finish,"
				+ " or raise migrate.lock.timeout (--lock-timeout on the command line), now ")
			.append(Durations.format(timeout))
			.append('.');
		if (advice != null) {
			message.append(' ').append(advice);
		}
		return message.toString();
	}

}
