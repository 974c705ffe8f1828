package dev.migrate.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One build of the benchmark's Spring Boot app ({@code benchmarks/boot}): where its jar and its
 * database are, the one property that differs between the builds, and how to tell from its
 * endpoint and log that a start found the database as expected. {@code none}, the app without any
 * migration tool: its database gets the corpus's tables straight from the benchmark
 * ({@link #prepare}), and there is no tool to ask. {@code jdbc}, the floor of a tool: the same jar
 * as {@code none}, given {@code floor.migrations}, so that its runner does what the plain JDBC
 * program does ({@code FloorCheck} in the app), which brings its database up to date.
 *
 * @param name {@code none}, {@code jdbc}, {@code migrate} or {@code flyway}
 * @param jar the executable jar
 */
record BootContender(String name, Path jar) {

	/** The floor of a tool: the jar without a tool, whose runner does what the plain JDBC program does. */
	static final String FLOOR = "jdbc";

	/** Every app, the one without a tool first, then the floor of a tool. */
	static final List<String> NAMES = List.of("none", FLOOR, "migrate", "flyway");

	private static final Pattern FLYWAY_STATE = Pattern.compile("\"state\":\"([A-Z_]+)\"");

	BootContender {
		if (!NAMES.contains(name)) {
			throw new IllegalArgumentException("Unknown Spring Boot app '" + name + "': use one of " + NAMES);
		}
	}

	/** The jar that {@code ./mvnw -f <apps>/pom.xml package} builds in the app's module ({@code none} for the floor). */
	static BootContender of(String name, Path apps) {
		String module = name.equals(FLOOR) ? "none" : name;
		return new BootContender(name, apps.resolve(module).resolve("target").resolve("boot-" + module + ".jar"));
	}

	/** Every build of the app in {@code apps}. */
	static List<BootContender> all(Path apps) {
		return NAMES.stream().map(name -> of(name, apps)).toList();
	}

	/** Whether this is the floor of a tool rather than a tool. */
	boolean isFloor() {
		return this.name.equals(FLOOR);
	}

	/** Whether the app has a migration tool (or the floor of one), which brings its database up to date when it first starts. */
	boolean hasTool() {
		return !this.name.equals("none");
	}

	/** The corpus's tables and rows, for the app without a tool: what the tools' first start creates. */
	static String prepare(Corpus corpus) {
		StringBuilder sql = new StringBuilder();
		for (int n = 1; n <= corpus.size(); n++) {
			sql.append(Corpus.statements(n));
		}
		return sql.toString();
	}

	String database() {
		return "bootbench_" + this.name;
	}

	/**
	 * The tool's own property for the location of the migrations: the only argument that differs;
	 * empty for the app without a tool.
	 */
	List<String> locationArgument(Corpus corpus) {
		return switch (this.name) {
			case "migrate" -> List.of("--migrate.locations=filesystem:" + corpus.migrate());
			case "flyway" -> List.of("--spring.flyway.locations=filesystem:" + corpus.root().resolve("flyway"));
			case FLOOR -> List.of("--floor.migrations=" + corpus.root().resolve("plain"));
			default -> List.of();
		};
	}

	/** The tool's Actuator endpoint, which the app exposes; {@code null} without a tool and for the floor. */
	String endpoint() {
		return (hasTool() && !isFloor()) ? "/actuator/" + this.name : null;
	}

	/** The query counting the migrations the tool recorded as applied; without a tool, the corpus's tables. */
	String recordedQuery() {
		return hasTool() ? Contender.of(this.name).recordedQuery()
				: "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'bench\\_%'";
	}

	/**
	 * The query counting every row of the tool's table, which a start on an up-to-date database must
	 * not add to; without a tool, the rows of the corpus's first table.
	 */
	String tableRowsQuery() {
		return "SELECT count(*) FROM " + switch (this.name) {
			case "migrate" -> "migrate_history";
			case "flyway" -> "flyway_schema_history";
			case FLOOR -> JdbcSubject.TABLE;
			default -> Corpus.table(1);
		};
	}

	/** The version of the tool inside the jar, from the name of its library; {@code -} without a tool. */
	String toolVersion() {
		if (!hasTool() || isFloor()) {
			return "-";
		}
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
		if (!hasTool()) {
			return null;
		}
		if (isFloor()) {
			String line = (applied == 0) ? "Floor: up to date, " + size + " files"
					: "Floor: applied " + applied + " of " + size + " files";
			return log.contains(line) ? null : "the log lacks '" + line + "'";
		}
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
