package dev.migrate.core;

import java.util.regex.Pattern;

/** Makes JDBC URLs safe to log or print: passwords never leave the process. */
public final class JdbcUrls {

	private static final Pattern PASSWORD_PARAMETER = Pattern
		.compile("(?i)((?:password|pwd|passwd|sslpassword|sslkey_password)\\s*=)[^&;?,)]*");

	private static final Pattern USER_INFO = Pattern.compile("(//[^/@:]*:)[^/@]*@");

	private JdbcUrls() {
	}

	/** {@code url} with every password replaced by {@code ****}. */
	public static String redact(String url) {
		if (url == null) {
			return null;
		}
		String redacted = PASSWORD_PARAMETER.matcher(url).replaceAll("$1****");
		return USER_INFO.matcher(redacted).replaceAll("$1****@");
	}

}
