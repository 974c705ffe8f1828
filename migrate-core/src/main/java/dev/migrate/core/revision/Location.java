package dev.migrate.core.revision;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/**
 * Where revision files are found: a classpath folder ({@code classpath:db/revisions}, the
 * default) or a folder on the filesystem ({@code filesystem:/srv/app/revisions}). Files are found
 * recursively under it.
 */
public sealed interface Location permits Location.Classpath, Location.Filesystem {

	/** The default location, {@code classpath:db/revisions}. */
	Location DEFAULT = new Classpath("db/revisions");

	/**
	 * Parses {@code classpath:<path>}, {@code filesystem:<path>} or a bare path, which is a
	 * classpath location.
	 *
	 * @throws MigrateException with {@link ErrorCode#USAGE} for an empty value or an unknown prefix
	 */
	static Location parse(String value) {
		String location = Objects.requireNonNull(value, "value").strip();
		if (location.regionMatches(true, 0, Classpath.PREFIX, 0, Classpath.PREFIX.length())) {
			return new Classpath(location.substring(Classpath.PREFIX.length()));
		}
		if (location.regionMatches(true, 0, Filesystem.PREFIX, 0, Filesystem.PREFIX.length())) {
			return new Filesystem(location.substring(Filesystem.PREFIX.length()));
		}
		if (location.matches("(?s)[A-Za-z][A-Za-z0-9+.-]+:.*")) {
			throw invalid(value, "unknown prefix; use 'classpath:' or 'filesystem:', e.g. 'classpath:db/revisions' "
					+ "or 'filesystem:/srv/app/revisions'");
		}
		return new Classpath(location);
	}

	private static MigrateException invalid(String value, String problem) {
		return new MigrateException(ErrorCode.USAGE, "Invalid revision location '" + value + "': " + problem
				+ "; check migrate.locations (--locations on the command line)");
	}

	/**
	 * A folder on the classpath, in every jar and directory that has it.
	 *
	 * @param path the folder's resource path, without leading or trailing {@code /}
	 */
	record Classpath(String path) implements Location {

		static final String PREFIX = "classpath:";

		public Classpath {
			path = Objects.requireNonNull(path, "path").strip().replaceAll("^/+|/+$", "");
			if (path.isEmpty()) {
				throw invalid(PREFIX + path, "no folder given; name the folder that holds the revision files, "
						+ "e.g. 'classpath:db/revisions'");
			}
		}

		@Override
		public String toString() {
			return PREFIX + this.path;
		}

	}

	/**
	 * A folder on the filesystem.
	 *
	 * @param path the folder as given, absolute or relative to the working directory; messages
	 * show file paths built from it
	 */
	record Filesystem(String path) implements Location {

		static final String PREFIX = "filesystem:";

		public Filesystem {
			path = Objects.requireNonNull(path, "path").strip();
			if (path.isEmpty()) {
				throw invalid(PREFIX, "no folder given; write e.g. 'filesystem:/srv/app/revisions'");
			}
			try {
				Path.of(path);
			}
			catch (InvalidPathException ex) {
				throw invalid(PREFIX + path, "not a valid path (" + ex.getMessage() + ")");
			}
		}

		/** The folder as a {@link Path}. */
		public Path toPath() {
			return Path.of(this.path);
		}

		@Override
		public String toString() {
			return PREFIX + this.path;
		}

	}

}
