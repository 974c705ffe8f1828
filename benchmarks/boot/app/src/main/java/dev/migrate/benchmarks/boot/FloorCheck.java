package dev.migrate.benchmarks.boot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The floor of a migration tool inside the app, only where {@code floor.migrations} names a folder:
 * what the benchmark's plain JDBC program does (lists the files, reads which ones a small table
 * records, runs each missing one in its own transaction with the row that records it; no lock, no
 * checksum), as the app's runner, so that readiness waits for it as it waits for migrate's. It uses
 * the app's pool, as migrate does.
 */
@Component
@ConditionalOnProperty("floor.migrations")
class FloorCheck implements ApplicationRunner {

	static final String TABLE = "jdbc_history";

	private static final Logger logger = LoggerFactory.getLogger(FloorCheck.class);

	private final DataSource dataSource;

	private final Path folder;

	FloorCheck(DataSource dataSource, @Value("${floor.migrations}") Path folder) {
		this.dataSource = dataSource;
		this.folder = folder;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		List<Path> files;
		try (Stream<Path> listed = Files.list(this.folder)) {
			files = listed.sorted().toList();
		}
		int applied = 0;
		try (Connection connection = this.dataSource.getConnection(); Statement statement = connection.createStatement()) {
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
				connection.setAutoCommit(true);
			}
		}
		if (applied == 0) {
			logger.info("Floor: up to date, {} files", files.size());
		}
		else {
			logger.info("Floor: applied {} of {} files", applied, files.size());
		}
	}

}
