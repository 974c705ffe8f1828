package dev.migrate.core;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms in which a JDBC URL carries a password, found anywhere in a text: a URL itself, or a
 * driver's message that quotes one. {@link Secrets} uses them; {@link #redact} alone is for a URL
 * printed on purpose.
 */
public final class JdbcUrls {

	/**
	 * {@code ?password=}, {@code &password=}, {@code ;password=} (SQL Server), and the other names
	 * drivers use. The value ends where the URL does, also before the colon of "url: message".
	 */
	private static final Pattern PASSWORD_PARAMETER = Pattern
		.compile("(?i)((?:password|pwd|passwd|sslpassword|sslkey_password|keystorepassword|truststorepassword)"
				+ "\\s*=\\s*)([^&;?,)\\s'\"]*?)(?=$|[&;?,)\\s'\"]|:(?:\\s|$))");

	/** {@code //user:password@host} (PostgreSQL, MariaDB, MySQL). */
	private static final Pattern USER_INFO = Pattern.compile("(//[^/@:\\s]*:)([^/@\\s]*)@");

	/** {@code jdbc:oracle:thin:scott/tiger@host}. */
	private static final Pattern ORACLE_USER_PASSWORD = Pattern
		.compile("(?i)(jdbc:oracle:[a-z0-9]+:[^/@:\\s]*/)([^@\\s]*)@");

	private static final List<Pattern> FORMS = List.of(PASSWORD_PARAMETER, USER_INFO, ORACLE_USER_PASSWORD);

	private JdbcUrls() {
	}

	/** {@code text} with the password of every URL form in it replaced by {@code ****}. */
	public static String redact(String text) {
		if (text == null) {
			return null;
		}
		// every form needs a '=' or an '@': most text (each progress line of a run) has neither
		if (text.indexOf('=') < 0 && text.indexOf('@') < 0) {
			return text;
		}
		String redacted = text;
		for (Pattern form : FORMS) {
			redacted = form.matcher(redacted).replaceAll(match -> Matcher.quoteReplacement(match.group(1))
					+ ((form == PASSWORD_PARAMETER) ? "****" : "****@"));
		}
		return redacted;
	}

	/**
	 * The passwords {@code url} carries, as written and percent-decoded: a driver may quote either,
	 * also outside anything that looks like a URL (MariaDB's "Incorrect port value : pw@host").
	 */
	public static List<String> passwords(String url) {
		List<String> passwords = new ArrayList<>();
		if (url == null) {
			return passwords;
		}
		for (Pattern form : FORMS) {
			Matcher matcher = form.matcher(url);
			while (matcher.find()) {
				String password = matcher.group(2);
				if (!password.isEmpty()) {
					passwords.add(password);
					passwords.add(decoded(password));
				}
			}
		}
		return passwords;
	}

	private static String decoded(String value) {
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException notEncoded) {
			return value;
		}
	}

}
