package dev.migrate.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One build of the benchmark's Spring Boot app ({@code benchmarks/boot}): where its jar and its
 * database are, the one property that differs between the builds, and how to tell from its
 * endpoint and log that a start found the database as expected.
 *
 * @param name {@code migrate} or {@code flyway}, the module that builds it
 * @param jar the executable jar
 */
record BootContender(String name, Path jar) {

	private static final Pattern FLYWAY_STATE = Pattern.compile("\"state\":\"([A-Z_]+)\"");

	BootContender {
		if (!name.equals("migrate") && !name.equals("flyway")) {
			throw new IllegalArgumentException("Unknown Spring Boot app '" + name + "': use migrate or flyway");
		}
	}

	/** The jar that {@code ./mvnw -f <apps>/pom.xml package} builds in module {@code name}. */
	static BootContender of(String name, Path apps) {
		return new BootContender(name, apps.resolve(name).resolve("target").resolve("boot-" + name + ".jar"));
	}

	String database() {
		return "bootbench_" + this.name;
	}

	/** The tool's own property for the location of the migrations: the only argument that differs. */
	String locationArgument(Corpus corpus) {
		return this.name.equals("migrate") ? "--migrate.locations=filesystem:" + corpus.migrate()
				: "--spring.flyway.locations=filesystem:" + corpus.root().resolve("flyway");
	}

	/** The tool's Actuator endpoint, which the app exposes. */
	String endpoint() {
		return "/actuator/" + this.name;
	}

	/** The query counting the migrations the tool recorded as applied. */
	String recordedQuery() {
		return Contender.of(this.name).recordedQuery();
	}

	/** The query counting every row of the tool's table, which a start on an up-to-date database must not add to. */
	String tableRowsQuery() {
		return "SELECT count(*) FROM " + (this.name.equals("migrate") ? "migrate_history" : "flyway_schema_history");
	}

	/** The version of the tool inside the jar, from the name of its library. */
	String toolVersion() {
		String prefix = "BOOT-INF/lib/" + (this.name.equals("migrate") ? "migrate-core-" : "flyway-core-");
		try (JarFile jar = new JarFile(this.jar.toFile())) {
			return jar.stream()
				.map(entry -> entry.getName())
				.filter(entry -> entry.startsWith(prefix) && entry.endsWith(".jar"))
				.map(entry -> entry.substring(prefix.length(), entry.length() - ".jar".length()))
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + this.jar + "; build it with ./mvnw -B -q -f "
					+ this.jar.getParent().getParent().getParent().resolve("pom.xml") + " package", ex);
		}
	}

	/**
	 * What is wrong with a start, or {@code null}: the tool's endpoint and its log must say that it
	 * applied {@code applied} migrations and that the database now holds all {@code size}.
	 */
	String problem(String endpoint, String log, int size, int applied) {
		if (this.name.equals("migrate")) {
			if (!endpoint.contains("\"state\":\"UP_TO_DATE\"") || !endpoint.contains("\"pendingCount\":0")
					|| !endpoint.contains("\"applied\":" + applied + ",\"outcome\":\"SUCCESS\"")) {
				return "/actuator/migrate does not report an up-to-date database after a run that applied " + applied
						+ ": " + endpoint;
			}
			String line = (applied == 0) ? "Database is up to date at " : "Upgrade done: <base> -> ";
			return log.contains(line) ? null : "the log lacks '" + line + "'";
		}
		Matcher states = FLYWAY_STATE.matcher(endpoint);
		int success = 0;
		int all = 0;
		while (states.find()) {
			all++;
			success += states.group(1).equals("SUCCESS") ? 1 : 0;
		}
		if (success != size || all != size) {
			return "/actuator/flyway lists " + all + " migrations, " + success + " of them SUCCESS; expected " + size;
		}
		String line = (applied == 0) ? "is up to date. No migration necessary."
				: "Successfully applied " + applied + " migrations";
		return log.contains(line) ? null : "the log lacks '" + line + "'";
	}

}
