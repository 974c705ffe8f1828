package dev.migrate.core.revision;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.Vendors;

/**
 * Finds the revision files ({@code *.sql}, the extension in any case) under a {@link Location}, recursively, and reads them.
 * Files and folders whose names start with {@code .} are skipped: they are editor backups, VCS
 * metadata or the timestamped copies Kubernetes keeps beside a mounted ConfigMap. Symbolic links
 * are followed.
 * <p>
 * A folder named after a database vendor ({@link Vendors#NAMES}: {@code postgresql},
 * {@code mariadb}, {@code mysql}, {@code h2}) holds that vendor's own revisions: it is read only
 * when the database is of that vendor, so one location can ship a set per database next to shared
 * revisions. Without a vendor (a finder built without one) every folder is read.
 * <p>
 * Classpath folders are read from every directory and jar that holds them. In a jar, the folder
 * must have its own directory entry, as Maven, Gradle and Spring Boot jars do: a jar without
 * directory entries cannot be found through {@link ClassLoader#getResources(String)}.
 */
final class RevisionFileFinder {

	private static final String SETTING = "migrate.locations (--locations on the command line)";

	private static final Comparator<Found> BY_RELATIVE_PATH = Comparator.comparing(Found::relativePath);

	private final ClassLoader classLoader;

	private final Supplier<String> vendor;

	/**
	 * @param classLoader where classpath locations are read from
	 * @param vendor the database's vendor, asked only when a vendor-named folder is met, or
	 * {@code null} to read every folder
	 */
	RevisionFileFinder(ClassLoader classLoader, Supplier<String> vendor) {
		this.classLoader = classLoader;
		this.vendor = vendor;
	}

	/** Whether a folder of this name holds another vendor's revisions and is skipped. */
	private boolean isOtherVendor(String folderName) {
		String name = folderName.toLowerCase(Locale.ROOT);
		return this.vendor != null && Vendors.NAMES.contains(name) && !name.equals(this.vendor.get());
	}

	/**
	 * A revision file found under a location.
	 *
	 * @param relativePath its path below the location, with {@code /} separators
	 * @param source its name for messages
	 * @param content its bytes
	 */
	record Found(String relativePath, String source, byte[] content) {
	}

	/**
	 * The revision files under {@code location}, sorted by their path below it; for a classpath
	 * folder present in several jars or directories, files with the same path keep the class
	 * loader's order.
	 *
	 * @throws MigrateException when a filesystem location does not exist or a file cannot be read
	 */
	List<Found> find(Location location) {
		List<Found> found = new ArrayList<>();
		if (location instanceof Location.Filesystem filesystem) {
			findOnFilesystem(filesystem, found);
		}
		else if (location instanceof Location.Classpath classpath) {
			findOnClasspath(classpath, found);
		}
		found.sort(BY_RELATIVE_PATH);
		return found;
	}

	private void findOnFilesystem(Location.Filesystem location, List<Found> found) {
		Path root = location.toPath();
		if (!Files.isDirectory(root)) {
			String problem = Files.exists(root) ? "is not a directory" : "does not exist";
			throw new MigrateException(ErrorCode.USAGE, "Revision location '" + location + "' " + problem
					+ " (resolved to " + root.toAbsolutePath() + "); create the directory or correct " + SETTING);
		}
		walkDirectory(root, null, found);
	}

	private void findOnClasspath(Location.Classpath location, List<Found> found) {
		String sourcePrefix = location + "/";
		for (URL url : resources(location)) {
			if (url.getProtocol().equals("file")) {
				walkDirectory(directoryOf(url, location), sourcePrefix, found);
			}
			else {
				walkJar(url, location, sourcePrefix, found);
			}
		}
	}

	/** The URLs of the location's folder, once each even if several class loaders report it. */
	private List<URL> resources(Location.Classpath location) {
		try {
			// Compared as strings: URL.equals may resolve host names.
			Set<String> seen = new HashSet<>();
			List<URL> urls = new ArrayList<>();
			Enumeration<URL> resources = this.classLoader.getResources(location.path());
			while (resources.hasMoreElements()) {
				URL url = resources.nextElement();
				if (seen.add(url.toExternalForm())) {
					urls.add(url);
				}
			}
			return urls;
		}
		catch (IOException ex) {
			throw new MigrateException(ErrorCode.USAGE,
					"Cannot list revision location '" + location + "' on the classpath: " + ex.getMessage(), ex);
		}
	}

	private static Path directoryOf(URL url, Location location) {
		Path directory;
		try {
			directory = Path.of(url.toURI());
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			throw new MigrateException(ErrorCode.USAGE, "Cannot read revision location '" + location + "' at " + url
					+ ": " + ex.getMessage() + "; use a 'filesystem:' location instead", ex);
		}
		if (!Files.isDirectory(directory)) {
			throw new MigrateException(ErrorCode.USAGE, "Revision location '" + location + "' is a file (" + directory
					+ "), not a folder; name the folder that holds the revision files in " + SETTING);
		}
		return directory;
	}

	/**
	 * Reads the revision files under {@code root}, following links, skipping hidden files and
	 * folders. Costs one directory listing per folder and one read per file: an entry named
	 * {@code *.sql} is read without asking first what it is (a folder of that name fails the read
	 * and is walked instead), so a folder of a thousand revisions costs no {@code stat} per file.
	 *
	 * @param sourcePrefix what a file's source name is its relative path appended to, or
	 * {@code null} to name each file by its path on the file system
	 */
	private void walkDirectory(Path root, String sourcePrefix, List<Found> found) {
		try {
			List<Object> ancestors = new ArrayList<>();
			ancestors.add(fileKey(root));
			walk(root, "", sourcePrefix, found, ancestors, new FileContents());
		}
		catch (IOException ex) {
			throw new MigrateException(ErrorCode.USAGE,
					"Cannot read revision files under " + root.toAbsolutePath() + ": " + ex.getMessage(), ex);
		}
	}

	private void walk(Path directory, String prefix, String sourcePrefix, List<Found> found, List<Object> ancestors,
			FileContents contents) throws IOException {
		List<Path> folders = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				if (isHidden(name)) {
					continue;
				}
				if (hasSqlExtension(name)) {
					byte[] content;
					try {
						content = contents.read(entry);
					}
					catch (IOException ex) {
						if (Files.isDirectory(entry)) {
							folders.add(entry);
							continue;
						}
						throw ex;
					}
					String relativePath = prefix + name;
					// the entry's path is the root's resolved against relativePath, without parsing it again
					found.add(new Found(relativePath,
							(sourcePrefix != null) ? sourcePrefix + relativePath : entry.toString(), content));
				}
				else if (!isOtherVendor(name) && Files.isDirectory(entry)) {
					folders.add(entry);
				}
			}
		}
		for (Path folder : folders) {
			Object key = fileKey(folder);
			if (key != null && ancestors.contains(key)) {
				// A link back to a folder already being walked: its files are found there.
				continue;
			}
			ancestors.add(key);
			walk(folder, prefix + folder.getFileName() + "/", sourcePrefix, found, ancestors, contents);
			ancestors.remove(ancestors.size() - 1);
		}
	}

	/** What identifies a folder whichever link leads to it; {@code null} where the file system has no such key. */
	private static Object fileKey(Path folder) throws IOException {
		return Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
	}

	private void walkJar(URL url, Location location, String sourcePrefix, List<Found> found) {
		try {
			URLConnection connection = url.openConnection();
			if (!(connection instanceof JarURLConnection jarConnection)) {
				throw new MigrateException(ErrorCode.USAGE, "Cannot list revision location '" + location + "' at " + url
						+ ": only directories and jar files are supported; use a 'filesystem:' location instead");
			}
			// An uncached connection opens a JarFile of its own, which must be closed here.
			jarConnection.setUseCaches(false);
			try (JarFile jar = jarConnection.getJarFile()) {
				String prefix = jarConnection.getEntryName().replaceAll("/+$", "") + "/";
				Enumeration<JarEntry> entries = jar.entries();
				while (entries.hasMoreElements()) {
					JarEntry entry = entries.nextElement();
					String relativePath = entry.getName().startsWith(prefix)
							? entry.getName().substring(prefix.length()) : null;
					if (relativePath != null && !entry.isDirectory() && isVisiblePath(relativePath)
							&& isRevisionFile(relativePath) && isOwnVendorPath(relativePath)) {
						try (InputStream in = jar.getInputStream(entry)) {
							found.add(new Found(relativePath, sourcePrefix + relativePath, in.readAllBytes()));
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new MigrateException(ErrorCode.USAGE,
					"Cannot read revision files of '" + location + "' from " + url + ": " + ex.getMessage(), ex);
		}
	}

	/** Whether no folder on the path is another vendor's. */
	private boolean isOwnVendorPath(String relativePath) {
		String[] names = relativePath.split("/");
		for (int i = 0; i < names.length - 1; i++) {
			if (isOtherVendor(names[i])) {
				return false;
			}
		}
		return true;
	}

	private static boolean isRevisionFile(String path) {
		return hasSqlExtension(path) && !isHidden(path.substring(path.lastIndexOf('/') + 1));
	}

	/**
	 * Whether a file name ends with {@code .sql} in any case: {@code 4f2a_add.SQL} is a revision
	 * file too, as editors on case-insensitive file systems write it; skipping it silently would drop
	 * a revision from the graph.
	 */
	static boolean hasSqlExtension(String name) {
		return name.length() > 4 && name.regionMatches(true, name.length() - 4, ".sql", 0, 4);
	}

	private static boolean isVisiblePath(String relativePath) {
		for (String name : relativePath.split("/")) {
			if (isHidden(name)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isHidden(String name) {
		return name.startsWith(".");
	}

}
