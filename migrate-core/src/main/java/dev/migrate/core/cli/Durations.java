package dev.migrate.core.cli;

import java.time.Duration;
import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, ISO-8601 ({@code PT30S}) or plain seconds. */
final class Durations implements ITypeConverter<Duration> {

	@Override
	public Duration convert(String value) {
		String text = value.trim().toLowerCase(Locale.ROOT);
		try {
			if (text.startsWith("pt") || text.startsWith("p")) {
				return Duration.parse(value.trim().toUpperCase(Locale.ROOT));
			}
			if (text.endsWith("ms")) {
				return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2).trim()));
			}
			char unit = text.charAt(text.length() - 1);
			if (Character.isDigit(unit)) {
				return Duration.ofSeconds(Long.parseLong(text));
			}
			long amount = Long.parseLong(text.substring(0, text.length() - 1).trim());
			switch (unit) {
				case 's':
					return Duration.ofSeconds(amount);
				case 'm':
					return Duration.ofMinutes(amount);
				case 'h':
					return Duration.ofHours(amount);
				default:
					throw new TypeConversionException("'" + value + "' is not a duration: use e.g. 500ms, 30s, 5m, 1h or PT30S");
			}
		}
		catch (RuntimeException ex) {
			if (ex instanceof TypeConversionException) {
				throw ex;
			}
			throw new TypeConversionException("'" + value + "' is not a duration: use e.g. 500ms, 30s, 5m, 1h or PT30S");
		}
	}

}
