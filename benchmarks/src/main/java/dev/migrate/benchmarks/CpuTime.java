package dev.migrate.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time, read from Linux's {@code /proc}: of the processes this JVM has started and waited for
 * (its {@code cutime + cstime}), and of PostgreSQL's backends that have ended (the postmaster's).
 * Each connection of a command line is one backend process, which ends when the command line
 * disconnects, so the difference of two readings around a run is the CPU the run cost the
 * database server. NaN where {@code /proc} cannot be read (another operating system, a remote
 * server).
 */
final class CpuTime {

	private static final double MILLIS_PER_TICK = 1000.0 / ticksPerSecond();

	private final long postmaster;

	/** @param dataDirectory the server's {@code data_directory}, whose {@code postmaster.pid} names the postmaster */
	CpuTime(String dataDirectory) {
		this.postmaster = postmaster(dataDirectory);
	}

	/** The CPU time of this JVM's ended children, in milliseconds. */
	double children() {
		return childrenOf("self");
	}

	/** The CPU time of the database server's ended backends, in milliseconds. */
	double backends() {
		return (this.postmaster > 0) ? childrenOf(Long.toString(this.postmaster)) : Double.NaN;
	}

	/** The CPU time a live process has used so far (its own {@code utime + stime}), in milliseconds. */
	static double of(long pid) {
		String[] fields = fields(Long.toString(pid));
		if (fields == null) {
			return Double.NaN;
		}
		// utime is field 14, stime 15
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
	}

	private static double childrenOf(String pid) {
		String[] fields = fields(pid);
		if (fields == null) {
			return Double.NaN;
		}
		// fields after the command name: index 0 is field 3 (state); cutime is field 16, cstime 17
		return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * MILLIS_PER_TICK;
	}

	private static long postmaster(String dataDirectory) {
		try {
			return Long.parseLong(Files.readAllLines(Path.of(dataDirectory, "postmaster.pid")).get(0).trim());
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	private static String[] fields(String pid) {
		try {
			String stat = Files.readString(Path.of("/proc", pid, "stat"));
			return stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private static long ticksPerSecond() {
		try {
			Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
			String out = new String(getconf.getInputStream().readAllBytes()).trim();
			getconf.waitFor();
			return Long.parseLong(out);
		}
		catch (IOException | RuntimeException ex) {
			return 100;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 100;
		}
	}

}
