package dev.migrate.benchmarks.floor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

/**
 * The floor: the least a tool can honestly do. It lists the files, reads which ones a small table
 * records, and runs each missing one in its own transaction together with the row that records it.
 * No lock, no checksum, no parsing beyond splitting at a semicolon that ends a line. One source for
 * the command line benchmark's plain JDBC program and the Spring Boot app's floor, compiled into
 * each (the app must not depend on the harness: its classpath is what is measured).
 */
public final class PlainJdbcFloor {

	/** The table of applied file names. */
	public static final String TABLE = "jdbc_history";

	private PlainJdbcFloor() {
	}

	/**
	 * What one run did.
	 * @param files the files in the folder
	 * @param applied how many of them this run applied
	 */
	public record Outcome(int files, int applied) {

	}

	/** Applies what {@code folder}'s {@code .sql} files hold and {@link #TABLE} does not record. */
	public static Outcome migrate(DataSource dataSource, Path folder) throws IOException, SQLException {
		List<Path> files;
		try (Stream<Path> listed = Files.list(folder)) {
			files = listed.sorted().toList();
		}
		int applied = 0;
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE
					+ " (name varchar(200) PRIMARY KEY, applied_at timestamp with time zone NOT NULL DEFAULT now())");
			Set<String> done = new HashSet<>();
			try (ResultSet rows = statement.executeQuery("SELECT name FROM " + TABLE)) {
				while (rows.next()) {
					done.add(rows.getString(1));
				}
			}
			connection.setAutoCommit(false);
			try (PreparedStatement record = connection.prepareStatement("INSERT INTO " + TABLE + " (name) VALUES (?)")) {
				for (Path file : files) {
					String name = file.getFileName().toString();
					if (done.contains(name)) {
						continue;
					}
					for (String sql : Files.readString(file).split(";\n")) {
						if (!sql.isBlank()) {
							statement.execute(sql);
						}
					}
					record.setString(1, name);
					record.executeUpdate();
					connection.commit();
					applied++;
				}
			}
			finally {
				// a pooled connection goes back as it came
				connection.setAutoCommit(true);
			}
		}
		return new Outcome(files.size(), applied);
	}

}
