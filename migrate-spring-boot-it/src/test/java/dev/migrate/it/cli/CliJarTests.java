package dev.migrate.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as operators run it, {@code java -jar migrate-cli.jar}, built by migrate-core's
 * package phase: the jar's launcher runs the command in a JVM that compiles with C1 only, and that
 * changes nothing the user sees but the time it takes.
 */
class CliJarTests {

	private static final Path JAR = Path.of("..", "migrate-core", "target", "migrate-cli.jar").toAbsolutePath().normalize();

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	@TempDir
	Path revisions;

	/** The launcher's class data sharing archives (MIGRATE_CLI_CACHE), so that no test writes to ~/.cache. */
	@TempDir
	Path cache;

	private String database;

	@BeforeEach
	void createDatabase() throws SQLException, IOException {
		assertThat(JAR).as("the command line's jar; build it first: ./mvnw -pl migrate-core package").isRegularFile();
		this.database = "cli_jar_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		admin("CREATE DATABASE " + this.database);
		write("a1b2c3d4e5f6_first.sql", "a1b2c3d4e5f6", "none", "CREATE TABLE first_table (id integer)");
		write("b2c3d4e5f6a1_second.sql", "b2c3d4e5f6a1", "a1b2c3d4e5f6", "CREATE TABLE second_table (id integer)");
	}

	@AfterEach
	void dropDatabase() throws SQLException {
		admin("DROP DATABASE IF EXISTS " + this.database + " WITH (FORCE)");
	}

	@Test
	void theCommandRunsInAJvmThatCompilesWithC1Only() throws Exception {
		Process launcher = start(Map.of(), "upgrade");
		List<String> child = awaitChild(launcher);
		Result result = finish(launcher);
		assertThat(child).as("the command's JVM").contains("-XX:TieredStopAtLevel=1", "-Dmigrate.cli.forked=true")
			.containsSubsequence("-jar", JAR.toString(), "--url", SERVER + this.database, "upgrade");
		assertThat(result.status()).as(result.toString()).isZero();
		assertThat(result.out()).contains("b2c3d4e5f6a1");
		assertThat(appliedRevisions()).containsExactly("a1b2c3d4e5f6", "b2c3d4e5f6a1");
	}

	@Test
	void outputAndExitStatusAreThoseOfTheCommandRunInTheFirstJvm() throws Exception {
		assertThat(finish(start(Map.of(), "upgrade", "a1b2c3d4e5f6")).status()).isZero();
		for (List<String> arguments : List.of(List.of("current"), List.of("--json", "current"), List.of("heads"),
				List.of("upgrade", "nosuch"), List.of("nosuch"), List.of("--version"), List.of("help", "stamp"))) {
			Result forked = finish(start(Map.of(), arguments.toArray(new String[0])));
			Result inPlace = finish(start(Map.of("MIGRATE_CLI_FORK", "false"), arguments.toArray(new String[0])));
			assertThat(forked).as(String.join(" ", arguments)).isEqualTo(inPlace);
		}
		assertThat(finish(start(Map.of(), "nosuch")).status()).isEqualTo(2);
		assertThat(finish(start(Map.of(), "upgrade", "nosuch")).status()).isEqualTo(2);
	}

	@Test
	void theFirstSuccessfulRunOfACommandRecordsItsClassArchiveAndLaterRunsUseIt() throws Exception {
		Result failed = finish(start(Map.of(), "current", "--no-such-option"));
		assertThat(failed.status()).isEqualTo(2);
		assertThat(archives()).as("a failed run records nothing").isEmpty();
		Result first = finish(start(Map.of(), "current"));
		assertThat(archives()).singleElement().asString().matches(".*/migrate-cli-current-[0-9a-f]+\\.jsa");
		Path archive = archives().get(0);
		long recorded = Files.getLastModifiedTime(archive).toMillis();
		Result second = finish(start(Map.of(), "current"));
		assertThat(second).isEqualTo(first);
		assertThat(Files.getLastModifiedTime(archive).toMillis()).as("used, not recorded again").isEqualTo(recorded);
		assertThat(first.status()).isZero();
		assertThat(first.out()).contains("State: PENDING, 2 pending");

		// an archive the JVM cannot use costs the saving, not a line of output
		Files.setPosixFilePermissions(archive, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
		Files.writeString(archive, "not an archive");
		assertThat(finish(start(Map.of(), "current"))).isEqualTo(first);
		assertThat(finish(start(Map.of("MIGRATE_CLI_CACHE", "off"), "heads")).status()).isZero();
		assertThat(archives()).as("MIGRATE_CLI_CACHE=off records none").hasSize(1);
	}

	@Test
	void theArchiveIsUsedHoweverTheJarIsNamed(@TempDir Path elsewhere) throws Exception {
		List<String> current = List.of("--url", SERVER + this.database, "current");
		// the JVM records a class path as it is spelled: a relative one is then looked for in each run's directory
		assertThat(finish(start(Map.of(), List.of(), JAR.getParent().getParent(), "target/migrate-cli.jar", current))
			.status()).as("recorded by a run that named the jar by a relative path").isZero();
		Files.createSymbolicLink(elsewhere.resolve("migrate.jar"), JAR);
		Map<String, Path> spellings = Map.of(elsewhere.relativize(JAR).toString(), elsewhere, "migrate.jar", elsewhere,
				JAR.toString(), elsewhere);
		for (Map.Entry<String, Path> spelling : spellings.entrySet()) {
			Path log = Files.createTempDirectory(elsewhere, "classes");
			Result result = finish(start(Map.of(), List.of("-Xlog:class+load:file=" + log + "/load-%p.txt"),
					spelling.getValue(), spelling.getKey(), current));
			assertThat(result.status()).as(result.toString()).isZero();
			for (String className : List.of("dev.migrate.core.cli.MigrateCli", "picocli.CommandLine")) {
				assertThat(loadedFromTheArchive(log, className))
					.as("%s comes from the archive with the jar named %s in %s", className, spelling.getKey(),
							spelling.getValue())
					.isTrue();
			}
		}
		assertThat(archives()).as("one archive for every spelling").hasSize(1);
	}

	/** Whether the JVM that ran the command (one of the logs in the directory) mapped the class from an archive. */
	private static boolean loadedFromTheArchive(Path logs, String className) throws IOException {
		try (java.util.stream.Stream<Path> files = Files.list(logs)) {
			for (Path file : files.toList()) {
				for (String line : Files.readAllLines(file)) {
					if (line.contains(" " + className + " source: shared objects file")) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private List<Path> archives() throws IOException {
		try (java.util.stream.Stream<Path> files = Files.list(this.cache)) {
			return files.toList();
		}
	}

	@Test
	void endingTheLauncherEndsTheCommand() throws Exception {
		// a server that accepts the connection and never answers: the command waits for it forever
		try (ServerSocket silent = new ServerSocket(0)) {
			CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> {
				try {
					return silent.accept();
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			});
			Process launcher = start(Map.of(), List.of("--url", "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort()
					+ "/nothing", "current"));
			ProcessHandle child = awaitChildHandle(launcher);
			try (Socket connection = accepted.get(60, TimeUnit.SECONDS)) {
				assertThat(child.isAlive()).isTrue();
				launcher.destroy();
				assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).as("the launcher ended").isTrue();
				assertThat(child.onExit().get(60, TimeUnit.SECONDS).isAlive()).as("the command ended").isFalse();
			}
			finally {
				child.destroyForcibly();
				launcher.destroyForcibly();
			}
		}
	}

	private Process start(Map<String, String> environment, String... arguments) throws IOException {
		List<String> options = new ArrayList<>(List.of("--url", SERVER + this.database));
		options.addAll(List.of(arguments));
		return start(environment, options);
	}

	private Process start(Map<String, String> environment, List<String> arguments) throws IOException {
		return start(environment, List.of(), JAR.getParent().getParent(), JAR.toString(), arguments);
	}

	/** {@code java <options> -jar <jar> <arguments>} run in {@code directory}. */
	private Process start(Map<String, String> environment, List<String> options, Path directory, String jar,
			List<String> arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(options);
		command.addAll(List.of("-jar", jar));
		command.addAll(arguments);
		command.addAll(List.of("--user", "postgres", "--locations", "filesystem:" + this.revisions));
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
		builder.environment().keySet().removeIf((name) -> name.startsWith("MIGRATE_") || name.endsWith("JAVA_OPTIONS"));
		builder.environment().put("MIGRATE_CLI_CACHE", this.cache.toString());
		builder.environment().putAll(environment);
		return builder.start();
	}

	/** The command line of the JVM the launcher started, read while it runs. */
	private static List<String> awaitChild(Process launcher) throws InterruptedException {
		ProcessHandle child = awaitChildHandle(launcher);
		return child.info().arguments().map(List::of).orElseThrow();
	}

	private static ProcessHandle awaitChildHandle(Process launcher) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		List<String> own = launcher.info().arguments().map(List::of).orElseThrow();
		while (Instant.now().isBefore(deadline)) {
			Optional<ProcessHandle> child = launcher.toHandle().children().findFirst();
			// the JDK starts a child by spawning its jspawnhelper, which then becomes the JVM. On the way the child
			// is first a copy of the launcher (java's executable, the launcher's own arguments), then jspawnhelper
			// (arguments "<version> 5:6:8"), and only then the command's JVM: java, "-jar", and not the launcher's
			if (child.isPresent() && child.get().info().command().filter((command) -> command.endsWith("java")).isPresent()
					&& child.get().info().arguments().map(List::of)
						.filter((arguments) -> arguments.contains("-jar") && !arguments.equals(own)).isPresent()) {
				return child.get();
			}
			assertThat(launcher.isAlive()).as("the launcher ended before a command JVM was seen").isTrue();
			Thread.sleep(5);
		}
		throw new AssertionError("no command JVM within 60s");
	}

	private static Result finish(Process process) throws Exception {
		CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
		CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the command line did not finish within 120s");
		}
		return new Result(process.exitValue(), out.get(), err.get());
	}

	private static String read(java.io.InputStream stream) {
		try {
			return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void write(String file, String revision, String down, String sql) throws IOException {
		Files.writeString(this.revisions.resolve(file), "-- revision: " + revision + "\n-- down_revision: " + down
				+ "\n-- message: " + file + "\n-- phase: expand\n\n-- migrate:upgrade\n" + sql + ";\n");
	}

	private List<String> appliedRevisions() throws SQLException {
		List<String> revisions = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(SERVER + this.database, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"SELECT revision FROM migrate_history WHERE operation = 'upgrade' ORDER BY revision")) {
			while (rows.next()) {
				revisions.add(rows.getString(1));
			}
		}
		return revisions;
	}

	private static void admin(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER + "test", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private record Result(int status, String out, String err) {
	}

}
