package dev.migrate.core.dialect;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * UTC {@code yyyy-MM-dd HH:mm:ss.SSS} written by hand: every applied revision writes two, and a
 * {@code DateTimeFormatter} costs more than the rest of the bookkeeping until the JIT has compiled it.
 */
final class LiteralTime {

	private LiteralTime() {
	}

	/** {@code yyyy-MM-dd HH:mm:ss.SSS} in UTC. */
	static String format(Instant instant) {
		LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
		StringBuilder text = new StringBuilder(23);
		pad(text, time.getYear(), 4).append('-');
		pad(text, time.getMonthValue(), 2).append('-');
		pad(text, time.getDayOfMonth(), 2).append(' ');
		pad(text, time.getHour(), 2).append(':');
		pad(text, time.getMinute(), 2).append(':');
		pad(text, time.getSecond(), 2).append('.');
		return pad(text, time.getNano() / 1_000_000, 3).toString();
	}

	private static StringBuilder pad(StringBuilder text, int value, int width) {
		String digits = Integer.toString(value);
		for (int i = digits.length(); i < width; i++) {
			text.append('0');
		}
		return text.append(digits);
	}

}
