package dev.migrate.core.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/**
 * The vendor of a database, as the {@code {vendor}} placeholder of a revision location names it:
 * {@code postgresql}, {@code mariadb}, {@code mysql} or {@code h2}. It is what the JDBC driver
 * reports, as Spring Boot's Flyway integration reads it: MySQL Connector/J reports a MariaDB
 * server as {@code MySQL}, so {@code mysql} is the vendor there. Folders named after a vendor are
 * read only for that vendor (see {@code RevisionLoader}).
 */
public final class Vendors {

	/** The placeholder in a location, replaced by the vendor. */
	public static final String PLACEHOLDER = "{vendor}";

	/** Every vendor name, which is also a folder name reserved for that vendor's revisions. */
	public static final List<String> NAMES = List.of("postgresql", "mariadb", "mysql", "h2");

	private Vendors() {
	}

	/** The vendor of a database reporting {@code productName} from {@code DatabaseMetaData.getDatabaseProductName()}. */
	public static String forProductName(String productName) {
		String name = Objects.requireNonNull(productName, "productName").strip().toLowerCase(Locale.ROOT);
		if (NAMES.contains(name)) {
			return name;
		}
		throw new MigrateException(ErrorCode.USAGE, "Cannot resolve " + PLACEHOLDER + " for database '" + productName
				+ "': migrate knows " + String.join(", ", NAMES));
	}

	/** The vendor of the database {@code connection} is connected to. */
	public static String forConnection(Connection connection) {
		try {
			return forProductName(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException ex) {
			throw new MigrateException(ErrorCode.DATABASE,
					"Could not read the database product name to resolve " + PLACEHOLDER + ": " + ex.getMessage(), ex);
		}
	}

	/** The vendor of a JDBC URL, by its scheme: {@code jdbc:mysql:} is {@code mysql}. */
	public static String forUrl(String jdbcUrl) {
		String url = Objects.requireNonNull(jdbcUrl, "jdbcUrl").strip().toLowerCase(Locale.ROOT);
		for (String vendor : NAMES) {
			if (url.startsWith("jdbc:" + vendor + ":")) {
				return vendor;
			}
		}
		// only the scheme is shown: the rest of a URL may hold a password
		int colon = url.startsWith("jdbc:") ? url.indexOf(':', 5) : -1;
		throw new MigrateException(ErrorCode.USAGE, "Cannot resolve " + PLACEHOLDER + " for the JDBC URL '"
				+ ((colon > 0) ? jdbcUrl.strip().substring(0, colon + 1) : "") + "...': migrate knows "
				+ String.join(", ", NAMES) + "; name the dialect with --dialect postgresql|mariadb|h2");
	}

	/** Whether one of the locations contains {@link #PLACEHOLDER}. */
	public static boolean anyPlaceholder(List<String> locations) {
		return locations.stream().anyMatch((location) -> location.contains(PLACEHOLDER));
	}

	/**
	 * The locations with {@link #PLACEHOLDER} replaced by the vendor; {@code vendor} is asked
	 * only when a location contains it.
	 */
	public static List<String> resolve(List<String> locations, Supplier<String> vendor) {
		if (!anyPlaceholder(locations)) {
			return List.copyOf(locations);
		}
		String name = vendor.get();
		List<String> resolved = new ArrayList<>(locations.size());
		for (String location : locations) {
			resolved.add(location.replace(PLACEHOLDER, name));
		}
		return List.copyOf(resolved);
	}

}
