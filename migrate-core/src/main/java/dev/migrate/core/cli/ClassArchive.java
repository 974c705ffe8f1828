package dev.migrate.core.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A class data sharing archive (AppCDS, JDK 13+) of the classes one command loads, for the JVM
 * {@link CliLauncher} starts: the JVM maps the archived classes, already parsed and verified,
 * instead of reading them from the jar. The first run of a command with a jar records its archive
 * when the JVM exits ({@code -XX:ArchiveClassesAtExit}), into a temporary file that becomes the
 * archive only when the command succeeded; later runs of that command use it
 * ({@code -XX:SharedArchiveFile}). The JVM's own CDS messages are off, so that an archive it
 * rejects (another JDK, a rebuilt jar) costs the saving, never a line of output.
 * <p>
 * Archives live in {@code MIGRATE_CLI_CACHE} (a directory, or {@code off} for none), else in
 * {@code $XDG_CACHE_HOME/migrate-cli}, else in {@code ~/.cache/migrate-cli}; one per jar (its
 * path, size and modification time), JDK and command, named so that a new jar or JDK gets a new
 * one. Without a writable directory the command runs without an archive.
 */
final class ClassArchive {

	/** The names of the commands, for an archive each; others (--help, --version) get none. */
	static final Set<String> COMMANDS = Set.of("heads", "branches", "history", "show", "sql", "revision", "merge",
			"check", "upgrade", "downgrade", "stamp", "current", "resolve", "log", "graph", "drift", "test");

	private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

	private final Path jar;

	private final Path file;

	private final Path recording;

	private ClassArchive(Path jar, Path file, Path recording) {
		this.jar = jar;
		this.file = file;
		this.recording = recording;
	}

	/**
	 * The archive for this run, or empty when there is none to use or record: no jar ({@code -jar}),
	 * no command among the arguments, no cache directory.
	 *
	 * @param arguments the JVM's arguments, as {@link CliLauncher#forkCommand} gets them
	 */
	static Optional<ClassArchive> of(Map<String, String> environment, String userHome, String jdk, String[] arguments,
			long processId) {
		Optional<Path> directory = directory(environment, userHome);
		int jar = List.of(arguments).indexOf("-jar") + 1;
		if (directory.isEmpty() || jar == 0 || jar >= arguments.length) {
			return Optional.empty();
		}
		Optional<String> command = List.of(arguments).subList(jar + 1, arguments.length).stream()
			.filter(COMMANDS::contains)
			.findFirst();
		if (command.isEmpty()) {
			return Optional.empty();
		}
		try {
			Path jarFile = Path.of(arguments[jar]).toRealPath();
			if (!Files.isRegularFile(jarFile)) {
				return Optional.empty();
			}
			String key = jarFile + "|" + Files.size(jarFile) + "|" + Files.getLastModifiedTime(jarFile).toMillis() + "|"
					+ jdk;
			String name = "migrate-cli-" + command.get() + "-" + Integer.toHexString(key.hashCode());
			return Optional.of(new ClassArchive(jarFile, directory.get().resolve(name + ".jsa"),
					directory.get().resolve(name + "." + processId + ".recording")));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Path> directory(Map<String, String> environment, String userHome) {
		String configured = environment.get("MIGRATE_CLI_CACHE");
		if (configured != null) {
			return configured.isBlank() || configured.equalsIgnoreCase("off") ? Optional.empty()
					: Optional.of(Path.of(configured));
		}
		String cache = environment.get("XDG_CACHE_HOME");
		if (cache != null && !cache.isBlank()) {
			return Optional.of(Path.of(cache, "migrate-cli"));
		}
		return (userHome == null || userHome.isBlank()) ? Optional.empty()
				: Optional.of(Path.of(userHome, ".cache", "migrate-cli"));
	}

	/** The JVM options that use the archive, or record it when there is none yet (none when that cannot be). */
	List<String> options() {
		List<String> options = new ArrayList<>();
		if (Files.isRegularFile(this.file)) {
			options.add("-XX:SharedArchiveFile=" + this.file);
		}
		else {
			try {
				Files.createDirectories(this.file.getParent());
			}
			catch (IOException | SecurityException ex) {
				return options;
			}
			if (!Files.isWritable(this.file.getParent())) {
				return options;
			}
			options.add("-XX:ArchiveClassesAtExit=" + this.recording);
		}
		options.addAll(QUIET);
		return options;
	}

	/** After the command: keeps what it recorded if it succeeded, and drops it otherwise. */
	void finish(int status) {
		if (!Files.exists(this.recording)) {
			return;
		}
		try {
			if (status == 0) {
				Files.move(this.recording, this.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			else {
				Files.delete(this.recording);
			}
		}
		catch (IOException | SecurityException ex) {
			try {
				Files.deleteIfExists(this.recording);
			}
			catch (IOException ignored) {
				// the next run of the command records again
			}
		}
	}

	/**
	 * The jar as the command's JVM must name it: its real path. The JVM records the class path of
	 * an archive as it was spelled and refuses the archive when a later run spells it otherwise
	 * (a relative path from another directory, a symbolic link), silently, as its messages are off.
	 * The archive's name is made from this path too, so every spelling shares the one archive.
	 */
	Path jar() {
		return this.jar;
	}

	/** Where the archive is (or will be, once recorded). */
	Path file() {
		return this.file;
	}

}
