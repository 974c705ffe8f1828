package dev.migrate.core.lock;

import java.time.Duration;
import java.util.Locale;

/** Durations for log lines and messages ({@code 850ms}, {@code 2.5s}), and as saturated nanoseconds. */
final class Durations {

	private Durations() {
	}

	static String format(Duration duration) {
		long millis = duration.toMillis();
		if (millis < 1000) {
			return millis + "ms";
		}
		String seconds = String.format(Locale.ROOT, "%.1f", millis / 1000.0);
		return (seconds.endsWith(".0") ? seconds.substring(0, seconds.length() - 2) : seconds) + "s";
	}

	/** {@code duration} in nanoseconds, {@link Long#MAX_VALUE} when longer than ~292 years. */
	static long nanos(Duration duration) {
		try {
			return duration.toNanos();
		}
		catch (ArithmeticException ex) {
			return Long.MAX_VALUE;
		}
	}

	static Duration since(long startNanos) {
		return Duration.ofNanos(System.nanoTime() - startNanos);
	}

}
