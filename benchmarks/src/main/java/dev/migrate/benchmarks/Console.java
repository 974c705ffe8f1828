package dev.migrate.benchmarks;

/** Progress on standard output while the benchmarks run. */
final class Console {

	private Console() {
	}

	static void line(String format, Object... args) {
		System.out.println(String.format(format, args));
		System.out.flush();
	}

}
