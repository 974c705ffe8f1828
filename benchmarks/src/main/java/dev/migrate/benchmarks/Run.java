package dev.migrate.benchmarks;

import java.nio.file.Path;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * One measurement in a fresh JVM: {@code Run <tool> <jdbc-url> <user> <corpus>} brings the database
 * up to date with one tool and prints {@code RESULT <nanoseconds> <applied>}. The time runs from
 * the start of {@code main}, before any class of the tool is loaded, to the end of its run: the
 * tool's class loading, file scanning and parsing and its database work. JVM boot is left out
 * because it is the same for every tool.
 */
public final class Run {

	private Run() {
	}

	public static void main(String[] args) throws Exception {
		long start = System.nanoTime();
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(args[1]);
		dataSource.setUser(args[2]);
		int applied = subject(args[0]).migrate(dataSource, Path.of(args[3]));
		long elapsed = System.nanoTime() - start;
		System.out.println("RESULT " + elapsed + " " + applied);
	}

	static Subject subject(String tool) {
		return switch (tool) {
			case "migrate" -> new MigrateSubject();
			case "flyway" -> new FlywaySubject();
			case "liquibase" -> LiquibaseSubject.singleFile();
			case "liquibase-files" -> LiquibaseSubject.fileEach();
			case "jdbc" -> new JdbcSubject();
			default -> throw new IllegalArgumentException("Unknown tool '" + tool
					+ "': use migrate, flyway, liquibase, liquibase-files or jdbc");
		};
	}

}
