package dev.migrate.benchmarks;

import java.util.Objects;

/**
 * A tool in the comparison.
 *
 * @param name how the report names it
 * @param tool the {@link Run} tool it runs
 * @param classpathPrefix jars put before the benchmark's own, e.g. a locally patched migrate-core
 * to measure a fix before it is merged; {@code null} for none
 */
record Contender(String name, String tool, String classpathPrefix) {

	Contender {
		Objects.requireNonNull(name, "name");
		if (!tool.equals(CLI)) {
			Run.subject(tool);
		}
	}

	/** The tool that is migrate's command line, {@code java -jar migrate-cli.jar upgrade}, not a {@link Run}. */
	static final String CLI = "migrate-cli";

	static Contender of(String tool) {
		return new Contender(tool, tool, null);
	}

	/** The query counting the migrations the tool recorded as applied. */
	String recordedQuery() {
		return switch (this.tool) {
			case "migrate", CLI -> "SELECT count(*) FROM migrate_history WHERE operation = 'upgrade' AND outcome = 'SUCCESS'";
			case "flyway" -> "SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL";
			case "liquibase", "liquibase-files" -> "SELECT count(*) FROM databasechangelog";
			case "jdbc" -> "SELECT count(*) FROM " + JdbcSubject.TABLE;
			default -> throw new IllegalStateException(this.tool);
		};
	}

	/** Whether this is the command line, run as {@code java -jar}. */
	boolean commandLine() {
		return this.tool.equals(CLI);
	}

	/** A database name of this contender: letters, digits and underscores. */
	String databaseName(String purpose, int round) {
		return ("bench_" + this.name + "_" + purpose + "_" + round).replaceAll("[^A-Za-z0-9_]", "_").toLowerCase();
	}

}
