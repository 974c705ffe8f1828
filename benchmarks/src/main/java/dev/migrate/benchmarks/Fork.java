package dev.migrate.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a fresh JVM; its standard error goes to a log file, its standard output is kept. */
final class Fork {

	private final List<String> command;

	private final Path log;

	private Process process;

	private long startedAt;

	Fork(List<String> command, Path log) {
		this.command = List.copyOf(command);
		this.log = log;
	}

	/** {@code java [jvmOptions] -cp classpath main args...} with the JVM that runs this one. */
	static List<String> java(List<String> jvmOptions, String classpath, String main, List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		if (classpath != null) {
			command.add("-cp");
			command.add(classpath);
		}
		command.add(main);
		command.addAll(args);
		return command;
	}

	/** Neither tool may phone home in the middle of a measurement. */
	static ProcessBuilder quiet(ProcessBuilder builder) {
		builder.environment().put("REDGATE_DISABLE_TELEMETRY", "true");
		builder.environment().put("LIQUIBASE_ANALYTICS_ENABLED", "false");
		return builder;
	}

	Fork start() {
		try {
			Files.createDirectories(this.log.getParent());
			ProcessBuilder builder = quiet(new ProcessBuilder(this.command).redirectError(this.log.toFile()));
			this.startedAt = System.nanoTime();
			this.process = builder.start();
			this.process.getOutputStream().close();
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits for the end; the wall time is from {@link #start()} to the exit, seen from here. */
	Result await() {
		try {
			String out = new String(this.process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int status = this.process.waitFor();
			long wall = System.nanoTime() - this.startedAt;
			return new Result(status, out, wall, this.startedAt, this.log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	record Result(int status, String out, long wallNanos, long startedAt, Path log) {

		/** Fails with the log's tail unless the process exited 0. */
		Result requireSuccess() {
			if (this.status != 0) {
				String tail;
				try {
					List<String> lines = Files.readAllLines(this.log);
					tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
				}
				catch (IOException ex) {
					tail = "(no log: " + ex.getMessage() + ")";
				}
				throw new IllegalStateException("A forked JVM exited with " + this.status + "; see " + this.log
						+ "\n" + this.out + "\n" + tail);
			}
			return this;
		}

		/** The {@code RESULT <nanos> <applied>} line of {@link Run}. */
		long[] result() {
			for (String line : this.out.split("\n")) {
				if (line.startsWith("RESULT ")) {
					String[] parts = line.trim().split(" ");
					return new long[] { Long.parseLong(parts[1]), Long.parseLong(parts[2]) };
				}
			}
			throw new IllegalStateException("No RESULT line in the output of a forked JVM; see " + this.log);
		}

	}

}
