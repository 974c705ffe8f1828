package dev.migrate.core.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the seed rows of data-survives are: for revision {@code <rev>}, {@code <rev>.seed.sql}
 * (statements run on its parents' schema, before it) and optionally {@code <rev>.verify.sql}
 * (queries run after it, each of which must return at least one row), in one folder of the test
 * resources, by default {@code db/revisions-test/}.
 */
@FunctionalInterface
public interface SeedSource {

	/** The default folder, on the (test) class path. */
	String DEFAULT_LOCATION = "db/revisions-test";

	/** The seed of {@code revision}, if it declares one. */
	Optional<Seed> find(String revision);

	/** No seeds at all. */
	static SeedSource none() {
		return revision -> Optional.empty();
	}

	/** Seeds in a folder of the class path, e.g. {@code db/revisions-test}. */
	static SeedSource classpath(ClassLoader classLoader, String folder) {
		String base = folder.replaceAll("^/+|/+$", "");
		return revision -> {
			String seed = base + "/" + revision + ".seed.sql";
			String verify = base + "/" + revision + ".verify.sql";
			return read(classLoader, seed).map(sql -> new Seed(sql, "classpath:" + seed,
					read(classLoader, verify).orElse(null), "classpath:" + verify));
		};
	}

	/** Seeds in a folder of the file system. */
	static SeedSource directory(Path folder) {
		return revision -> {
			Path seed = folder.resolve(revision + ".seed.sql");
			Path verify = folder.resolve(revision + ".verify.sql");
			if (!Files.isRegularFile(seed)) {
				return Optional.empty();
			}
			return Optional.of(new Seed(read(seed), seed.toString(), Files.isRegularFile(verify) ? read(verify) : null,
					verify.toString()));
		};
	}

	/**
	 * {@code classpath:<folder>} or {@code filesystem:<folder>} (a plain path means the file system),
	 * as {@code migrate test --seeds} takes it.
	 */
	static SeedSource parse(String location, ClassLoader classLoader) {
		if (location.startsWith("classpath:")) {
			return classpath(classLoader, location.substring("classpath:".length()));
		}
		return directory(Path.of(location.startsWith("filesystem:") ? location.substring("filesystem:".length())
				: location));
	}

	private static Optional<String> read(ClassLoader classLoader, String resource) {
		try (InputStream in = classLoader.getResourceAsStream(resource)) {
			return (in != null) ? Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8)) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read seed file classpath:" + resource, ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read seed file " + file, ex);
		}
	}

	/**
	 * One revision's seed.
	 * @param sql the statements to run before the revision
	 * @param source where they are, for messages
	 * @param verifySql queries to run after it, {@code null} for none
	 * @param verifySource where those would be
	 */
	record Seed(String sql, String source, String verifySql, String verifySource) {
	}

}
