package dev.migrate.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the numbers were measured. */
record Machine(int cpus, String cpuModel, String memory, String java, String os, String postgres, String durability) {

	static Machine describe(Postgres postgres) {
		String java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
				+ System.getProperty("java.vm.vendor") + ")";
		String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch");
		String version = postgres.text("postgres", "SHOW server_version");
		String durability = "fsync " + postgres.text("postgres", "SHOW fsync") + ", synchronous_commit "
				+ postgres.text("postgres", "SHOW synchronous_commit");
		return new Machine(Runtime.getRuntime().availableProcessors(), procValue("/proc/cpuinfo", "model name"),
				totalMemory(), java, os, "PostgreSQL " + version, durability);
	}

	/** The 1, 5 and 15 minute load averages; the machine is shared, so the report shows them. */
	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String totalMemory() {
		String total = procValue("/proc/meminfo", "MemTotal");
		if (total.endsWith(" kB")) {
			long kb = Long.parseLong(total.substring(0, total.length() - 3).trim());
			return Math.round(kb / 1024.0 / 1024.0) + " GiB";
		}
		return total;
	}

	private static String procValue(String file, String key) {
		try {
			List<String> lines = Files.readAllLines(Path.of(file));
			for (String line : lines) {
				if (line.startsWith(key)) {
					return line.substring(line.indexOf(':') + 1).trim();
				}
			}
		}
		catch (IOException ex) {
			// not Linux: leave it unknown
		}
		return "unknown";
	}

}
