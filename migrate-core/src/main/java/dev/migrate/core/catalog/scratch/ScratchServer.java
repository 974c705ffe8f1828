package dev.migrate.core.catalog.scratch;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.Dialects;

/**
 * Where scratch schemas are created and dropped: one small implementation per database. Names carry
 * their creation time ({@code migrate_scratch_20261202063000_1a2b3c4d}, UTC), so that a later run
 * can tell which ones a killed run left behind.
 */
abstract class ScratchServer {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static final Pattern NAME = Pattern.compile("^" + ScratchSchema.PREFIX + "(\\d{14})_[0-9a-f]{8}$");

	private static final SecureRandom RANDOM = new SecureRandom();

	final DataSource server;

	final Dialect dialect;

	final Clock clock;

	ScratchServer(DataSource server, Dialect dialect, Clock clock) {
		this.server = server;
		this.dialect = dialect;
		this.clock = clock;
	}

	static ScratchServer of(DataSource server, Clock clock) {
		Dialect dialect;
		try (Connection connection = server.getConnection()) {
			dialect = Dialects.builtIn().forConnection(connection);
		}
		catch (SQLException ex) {
			throw new MigrateException(ErrorCode.USAGE, "Could not connect to the server for the scratch schema: "
					+ ex.getMessage() + ". Check the database (or --dev-url / migrate.dev-url) is reachable.", ex);
		}
		return switch (dialect.name()) {
			case "postgresql" -> new SchemaServer(server, dialect, clock, false);
			case "mariadb" -> new SchemaServer(server, dialect, clock, true);
			case "h2" -> new H2Server(server, dialect, clock);
			default -> throw new MigrateException(ErrorCode.USAGE, "No scratch schema on " + dialect.name()
					+ ": migrate builds them on postgresql, mariadb and h2");
		};
	}

	Dialect dialect() {
		return this.dialect;
	}

	abstract ScratchSchema createScratch();

	abstract void drop(String schema);

	/** The names of the scratch schemas on this server (named {@link ScratchSchema#PREFIX}...). */
	abstract List<String> scratchNames();

	List<String> dropStale(Duration olderThan) {
		return dropStale(olderThan, false);
	}

	/** @param quietly whether a schema that cannot be dropped (another user's) is skipped rather than an error */
	List<String> dropStale(Duration olderThan, boolean quietly) {
		Instant limit = this.clock.instant().minus(olderThan);
		List<String> dropped = new ArrayList<>();
		for (String name : scratchNames()) {
			Instant created = createdAt(name);
			if (created != null && created.isBefore(limit)) {
				try {
					drop(name);
					dropped.add(name);
				}
				catch (MigrateException ex) {
					if (!quietly) {
						throw ex;
					}
				}
			}
		}
		return dropped;
	}

	String newName() {
		byte[] random = new byte[4];
		RANDOM.nextBytes(random);
		return ScratchSchema.PREFIX + STAMP.format(LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC)) + "_"
				+ HexFormat.of().formatHex(random);
	}

	/** When the scratch schema {@code name} was created, or {@code null} when the name is not one of ours. */
	static Instant createdAt(String name) {
		Matcher matcher = NAME.matcher(name);
		if (!matcher.matches()) {
			return null;
		}
		try {
			return LocalDateTime.parse(matcher.group(1), STAMP).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	void execute(DataSource dataSource, String sql) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new MigrateException(ErrorCode.DATABASE, "Could not run '" + sql + "' for the scratch schema on "
					+ this.dialect.name() + ": " + ex.getMessage(), ex);
		}
	}

}
