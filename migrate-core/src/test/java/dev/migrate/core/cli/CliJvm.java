package dev.migrate.core.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a JVM of its own, started through {@code main} as an operator starts it, so
 * that what its logging prints (SLF4J, the drivers' own loggers) is part of what is kept.
 */
record CliJvm(int status, String out, String err) {

	static CliJvm run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(MigrateCli.class.getName());
		command.addAll(List.of(args));
		Path out = Files.createTempFile("migrate-cli", ".out");
		Path err = Files.createTempFile("migrate-cli", ".err");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
			builder.environment().keySet().removeIf(name -> name.startsWith("MIGRATE_"));
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("The command line did not finish within 60s: " + args);
			}
			return new CliJvm(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		}
		finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	static CliJvm run(String... args) throws IOException, InterruptedException {
		return run(Map.of(), args);
	}

	/** Everything the process printed. */
	String all() {
		return this.out + this.err;
	}

}
