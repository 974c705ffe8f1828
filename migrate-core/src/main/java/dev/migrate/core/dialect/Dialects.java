package dev.migrate.core.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/**
 * An immutable list of dialects, and how one is chosen: by name ({@code --dialect}), by JDBC URL,
 * or by the product name a connection reports. Unknown databases fail with a message listing what
 * is supported.
 */
public final class Dialects {

	private final List<Dialect> dialects;

	public Dialects(List<? extends Dialect> dialects) {
		this.dialects = List.copyOf(dialects);
		if (this.dialects.isEmpty()) {
			throw new IllegalArgumentException("Dialects needs at least one dialect");
		}
		Set<String> names = new HashSet<>();
		for (Dialect dialect : this.dialects) {
			for (String name : allNames(dialect)) {
				if (!names.add(name.toLowerCase(Locale.ROOT))) {
					throw new IllegalArgumentException("Two dialects are named '" + name + "'");
				}
			}
		}
	}

	/** PostgreSQL, MariaDB/MySQL and H2. */
	public static Dialects builtIn() {
		return new Dialects(List.of(new PostgresDialect(), new MariaDbDialect(), new H2Dialect()));
	}

	public List<Dialect> all() {
		return this.dialects;
	}

	/** The dialect named {@code name} (ignoring case), as given to {@code --dialect}. */
	public Dialect byName(String name) {
		for (Dialect dialect : this.dialects) {
			if (names(dialect).anyMatch(name::equalsIgnoreCase)) {
				return dialect;
			}
		}
		throw new MigrateException(ErrorCode.USAGE, "Unknown dialect '" + name + "': use one of " + list(Dialects::allNames));
	}

	/** The dialect for a database reporting {@code productName} from {@code DatabaseMetaData.getDatabaseProductName()}. */
	public Dialect forProductName(String productName) {
		for (Dialect dialect : this.dialects) {
			for (String supported : dialect.productNames()) {
				if (supported.equalsIgnoreCase(productName)) {
					return dialect;
				}
			}
		}
		throw new MigrateException(ErrorCode.USAGE, "Unsupported database '" + productName
				+ "': migrate supports " + list(Dialect::productNames));
	}

	/** The dialect whose driver accepts {@code jdbcUrl}, judged by its prefix. */
	public Dialect forUrl(String jdbcUrl) {
		Objects.requireNonNull(jdbcUrl, "jdbcUrl");
		String url = jdbcUrl.strip().toLowerCase(Locale.ROOT);
		for (Dialect dialect : this.dialects) {
			for (String prefix : dialect.urlPrefixes()) {
				if (url.startsWith(prefix)) {
					return dialect;
				}
			}
		}
		// only the scheme is shown: the rest of a URL may hold a password
		throw new MigrateException(ErrorCode.USAGE, "Unsupported JDBC URL '" + scheme(jdbcUrl)
				+ "...': migrate supports URLs starting with " + list(Dialect::urlPrefixes)
				+ "; or name the dialect with --dialect " + list(Dialects::allNames).replace(", ", "|"));
	}

	/** The dialect for the database {@code connection} is connected to. */
	public Dialect forConnection(Connection connection) {
		String productName;
		try {
			productName = connection.getMetaData().getDatabaseProductName();
		}
		catch (SQLException ex) {
			throw new MigrateException(ErrorCode.DATABASE,
					"Could not read the database product name to choose a dialect: " + ex.getMessage(), ex);
		}
		return forProductName(productName);
	}

	private static Stream<String> names(Dialect dialect) {
		return Stream.concat(Stream.of(dialect.name()), dialect.aliases().stream());
	}

	private static List<String> allNames(Dialect dialect) {
		return names(dialect).toList();
	}

	private String list(Function<Dialect, List<String>> values) {
		return this.dialects.stream().flatMap(d -> values.apply(d).stream()).collect(Collectors.joining(", "));
	}

	private static String scheme(String url) {
		String stripped = url.strip();
		int colon = stripped.startsWith("jdbc:") ? stripped.indexOf(':', 5) : stripped.indexOf(':');
		return (colon >= 0) ? stripped.substring(0, colon + 1) : "";
	}

}
