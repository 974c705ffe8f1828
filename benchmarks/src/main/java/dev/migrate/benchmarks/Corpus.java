package dev.migrate.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The same N small migrations (a table, an index and a row each) written once in every tool's own
 * format, so that every tool reads files from disk as it would in an application:
 * <ul>
 * <li>{@code migrate/}: revision files {@code <id>_x.sql}, each naming the previous as its down_revision;</li>
 * <li>{@code flyway/}: {@code V<n>__x.sql};</li>
 * <li>{@code liquibase/changelog.sql}: one formatted-SQL changelog holding the N changesets;</li>
 * <li>{@code liquibase-files/changelog.xml}: a master changelog with {@code includeAll} over N
 * formatted-SQL files, one changeset each;</li>
 * <li>{@code plain/}: {@code <n>.sql}, bare SQL, for the plain JDBC floor.</li>
 * </ul>
 */
final class Corpus {

	private final Path root;

	private final int size;

	Corpus(Path root, int size) {
		this.root = root;
		this.size = size;
	}

	Path root() {
		return this.root;
	}

	int size() {
		return this.size;
	}

	Path migrate() {
		return this.root.resolve("migrate");
	}

	/** The statements of migration {@code n} (1-based), one per line, as every format carries them. */
	static String statements(int n) {
		String table = table(n);
		return "CREATE TABLE " + table + " (id integer NOT NULL, name varchar(100) NOT NULL);\n"
				+ "CREATE INDEX " + table + "_name ON " + table + " (name);\n"
				+ "INSERT INTO " + table + " (id, name) VALUES (" + n + ", 'row " + n + "');\n";
	}

	static String table(int n) {
		return String.format("bench_%05d", n);
	}

	/** The migrate revision id of migration {@code n}: 12 hex digits, scattered like generated ids. */
	static String revisionId(int n) {
		return String.format("%012x", n * 2654435761L & 0xffffffffffffL);
	}

	/** Writes every format afresh. */
	Corpus write() {
		delete(this.root);
		StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n\n");
		for (int n = 1; n <= this.size; n++) {
			String sql = statements(n);
			String drop = "DROP TABLE " + table(n) + ";";
			write("migrate/" + revisionId(n) + "_x.sql", "-- revision: " + revisionId(n) + "\n-- down_revision: "
					+ ((n == 1) ? "none" : revisionId(n - 1)) + "\n-- message: create " + table(n)
					+ "\n\n-- migrate:upgrade\n" + sql + "\n-- migrate:downgrade\n" + drop + "\n");
			write("flyway/V" + n + "__x.sql", sql);
			String changeset = "--changeset bench:" + n + "\n" + sql + "--rollback " + drop + "\n\n";
			changelog.append(changeset);
			write(String.format("liquibase-files/sql/%05d_x.sql", n), "--liquibase formatted sql\n\n" + changeset);
			write(String.format("plain/%05d.sql", n), sql);
		}
		write("liquibase/changelog.sql", changelog.toString());
		write("liquibase-files/changelog.xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
						xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
						xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
						https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
					<includeAll path="sql/" relativeToChangelogFile="true"/>
				</databaseChangeLog>
				""");
		return this;
	}

	private void write(String relative, String content) {
		Path file = this.root.resolve(relative);
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
