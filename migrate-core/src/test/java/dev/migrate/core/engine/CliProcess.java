package dev.migrate.core.engine;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The command line in a JVM of its own, as an operator or a Kubernetes Job runs it. Its output
 * files and revision folders are deleted when the test JVM ends: a test may still read them after
 * the process has ended, and a process killed mid-test may still be writing.
 */
final class CliProcess {

	private static final Set<Path> TEMPORARY = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(CliProcess::deleteTemporary, "cli-process-cleanup"));
	}

	private final Process process;

	private final Path output;

	private CliProcess(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	static CliProcess start(String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xshare:auto");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("dev.migrate.core.cli.MigrateCli");
		command.addAll(List.of(args));
		Path output = temporary(Files.createTempFile("migrate-cli", ".log"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		return new CliProcess(process, output);
	}

	Process process() {
		return this.process;
	}

	long pid() {
		return this.process.pid();
	}

	/** Waits for the process and returns its exit status. */
	int await(long seconds) throws InterruptedException {
		if (!this.process.waitFor(seconds, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
			throw new AssertionError("The command line did not finish within " + seconds + "s:\n" + output());
		}
		return this.process.exitValue();
	}

	String output() {
		try {
			return Files.readString(this.output, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(no output: " + ex.getMessage() + ")";
		}
	}

	/** Writes revision files to a new folder and returns it as a {@code filesystem:} location. */
	static String locations(Revisions revisions) throws IOException {
		Path dir = temporary(Files.createTempDirectory("migrate-revisions"));
		revisions.writeTo(dir);
		return "filesystem:" + dir.toAbsolutePath().toString().replace(File.separatorChar, '/');
	}

	private static Path temporary(Path path) {
		TEMPORARY.add(path);
		return path;
	}

	private static void deleteTemporary() {
		for (Path path : TEMPORARY) {
			try (Stream<Path> tree = Files.walk(path)) {
				for (Path each : tree.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(each);
				}
			}
			catch (IOException ex) {
				// at JVM exit there is no one left to tell; the file stays in the temporary folder
			}
		}
	}

}
