package dev.migrate.core.revision;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RevisionLoaderTest {

	@TempDir
	Path temp;

	private final RevisionLoader loader = new RevisionLoader(getClass().getClassLoader());

	private static String revisionFile(String id, String downRevision) {
		return "-- revision: " + id + "\n-- down_revision: " + downRevision + "\n-- migrate:upgrade\nSELECT '" + id
				+ "';\n";
	}

	private void write(Path root, String relativePath, String content) throws IOException {
		Path file = root.resolve(relativePath);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}

	@Test
	void loadsFilesystemRevisionsRecursivelySortedByPath() throws IOException {
		Path root = this.temp.resolve("revisions");
		write(root, "b/c/3c00_third.sql", revisionFile("3c00", "2b00"));
		write(root, "1a00_first.sql", revisionFile("1a00", "none"));
		write(root, "b/2b00_second.sql", revisionFile("2b00", "1a00"));
		write(root, "a/0f00_other.sql", revisionFile("0f00", "none"));
		write(root, "b/notes.txt", "not a revision");

		List<Revision> revisions = this.loader.load(List.of(Location.parse("filesystem:" + root)));

		assertThat(revisions).extracting(Revision::id).containsExactly("1a00", "0f00", "2b00", "3c00");
		assertThat(revisions).extracting(Revision::source)
			.containsExactly(root.resolve("1a00_first.sql").toString(), root.resolve("a/0f00_other.sql").toString(),
					root.resolve("b/2b00_second.sql").toString(), root.resolve("b/c/3c00_third.sql").toString());
		assertThat(revisions.get(2).body()).isInstanceOf(SqlBody.class);
	}

	@Test
	void loadsFilesWhoseExtensionIsInAnyCase() throws IOException {
		Path root = this.temp.resolve("revisions");
		write(root, "1a00_first.SQL", revisionFile("1a00", "none"));
		write(root, "2b00_second.Sql", revisionFile("2b00", "1a00"));
		write(root, "3c00_third.sql", revisionFile("3c00", "2b00"));
		write(root, "notes.sqlx", "not a revision");

		List<Revision> revisions = this.loader.load(List.of(Location.parse("filesystem:" + root)));

		assertThat(revisions).extracting(Revision::id).containsExactly("1a00", "2b00", "3c00");
	}

	@Test
	void namesFilesystemSourcesAfterThePathAsGiven() throws IOException {
		Path root = Files.createDirectories(Path.of("target", "revision-loader-test"));
		write(root, "sub/1a00_first.sql", revisionFile("1a00", "none"));

		List<Revision> revisions = this.loader.load(List.of(Location.parse("filesystem:target/revision-loader-test/")));

		assertThat(revisions).extracting(Revision::source)
			.containsExactly(Path.of("target/revision-loader-test/sub/1a00_first.sql").toString());
	}

	@Test
	void skipsHiddenFilesAndFoldersLikeAMountedConfigMapsTimestampedCopy() throws IOException {
		Path root = this.temp.resolve("revisions");
		write(root, "..2026_01_01_00_00_00.1/1a00_first.sql", revisionFile("1a00", "none"));
		Files.createSymbolicLink(root.resolve("..data"), root.resolve("..2026_01_01_00_00_00.1"));
		Files.createSymbolicLink(root.resolve("1a00_first.sql"), root.resolve("..data/1a00_first.sql"));
		write(root, ".#1a00_first.sql", "editor lock file");
		write(root, ".git/2b00_x.sql", "not a revision");

		List<Revision> revisions = this.loader.load(List.of(new Location.Filesystem(root.toString())));

		assertThat(revisions).extracting(Revision::source).containsExactly(root.resolve("1a00_first.sql").toString());
	}

	@Test
	void followsLinksToFoldersOnceAndStopsAtALinkBackToAFolderBeingWalked() throws IOException {
		Path root = this.temp.resolve("revisions");
		Path shared = this.temp.resolve("shared");
		write(root, "a/1a00_first.sql", revisionFile("1a00", "none"));
		write(shared, "2b00_second.sql", revisionFile("2b00", "1a00"));
		Files.createSymbolicLink(root.resolve("linked"), shared);
		Files.createSymbolicLink(root.resolve("a/loop"), root);

		List<Revision> revisions = this.loader.load(List.of(new Location.Filesystem(root.toString())));

		assertThat(revisions).extracting(Revision::source)
			.containsExactly(root.resolve("a/1a00_first.sql").toString(), root.resolve("linked/2b00_second.sql").toString());
	}

	@Test
	void walksAFolderWhoseNameEndsInSql() throws IOException {
		Path root = this.temp.resolve("revisions");
		write(root, "2025.sql/1a00_first.sql", revisionFile("1a00", "none"));
		write(root, "2b00_second.sql", revisionFile("2b00", "1a00"));

		List<Revision> revisions = this.loader.load(List.of(new Location.Filesystem(root.toString())));

		assertThat(revisions).extracting(Revision::id).containsExactly("1a00", "2b00");
	}

	@Test
	void rejectsAFilesystemLocationThatDoesNotExistNamingPathAndSetting() {
		Path missing = this.temp.resolve("no-such-folder");

		MigrateException failure = catchThrowableOfType(
				() -> this.loader.load(List.of(new Location.Filesystem(missing.toString()))), MigrateException.class);

		assertThat(failure.code()).isEqualTo(ErrorCode.USAGE);
		assertThat(failure).hasMessage("Revision location 'filesystem:" + missing + "' does not exist (resolved to "
				+ missing.toAbsolutePath() + "); create the directory or correct migrate.locations (--locations on "
				+ "the command line)");
	}

	@Test
	void rejectsAFilesystemLocationThatIsAFile() throws IOException {
		Path file = Files.writeString(this.temp.resolve("1a00_first.sql"), revisionFile("1a00", "none"));

		assertThat(catchThrowableOfType(() -> this.loader.load(List.of(new Location.Filesystem(file.toString()))),
				MigrateException.class))
			.hasMessageStartingWith("Revision location 'filesystem:" + file + "' is not a directory");
	}

	@Test
	void reportsAMalformedFileWithItsPath() throws IOException {
		Path root = this.temp.resolve("revisions");
		write(root, "sub/1a00_first.sql", "-- revision: 1a00\n-- down_revision: none\n-- phase: later\n");

		RevisionFileException failure = catchThrowableOfType(
				() -> this.loader.load(List.of(new Location.Filesystem(root.toString()))),
				RevisionFileException.class);

		assertThat(failure.file()).isEqualTo(root.resolve("sub/1a00_first.sql").toString());
		assertThat(failure).hasMessageStartingWith(root.resolve("sub/1a00_first.sql") + ":3: invalid phase 'later'");
	}

	@Test
	void loadsClasspathRevisionsFromADirectory() {
		List<Revision> revisions = this.loader.load(List.of(Location.parse("classpath:revision-loader-fixture")));

		assertThat(revisions).extracting(Revision::source)
			.containsExactly("classpath:revision-loader-fixture/1a00_create_users.sql",
					"classpath:revision-loader-fixture/accounts/2b00_add_phone.sql",
					"classpath:revision-loader-fixture/accounts/billing/3c00_create_invoices.sql");
		Revision phone = revisions.get(1);
		assertThat(phone.downRevisions()).containsExactly("1a00");
		assertThat(phone.branchLabels()).containsExactly("accounts");
		assertThat(phone.phase()).isEqualTo(Phase.EXPAND);
		assertThat(revisions.get(2).dependsOn()).containsExactly("1a00");
	}

	@Test
	void rejectsAClasspathLocationThatIsAFile() {
		assertThat(catchThrowableOfType(
				() -> this.loader.load(List.of(Location.parse("revision-loader-fixture/1a00_create_users.sql"))),
				MigrateException.class))
			.hasMessageStartingWith("Revision location 'classpath:revision-loader-fixture/1a00_create_users.sql' is "
					+ "a file (");
	}

	@Test
	void returnsNothingForAClasspathLocationThatDoesNotExist() {
		assertThat(this.loader.load(List.of(Location.parse("classpath:no/such/revisions")))).isEmpty();
	}

	@Test
	void loadsClasspathRevisionsFromInsideAJar() throws IOException {
		Path jar = jar("app.jar", Map.of("db/revisions/1a00_first.sql", revisionFile("1a00", "none"),
				"db/revisions/sub/2b00_second.sql", revisionFile("2b00", "1a00"),
				"db/revisions/sub/.2b00_second.sql.swp.sql", "hidden editor file",
				"db/other/9f00_elsewhere.sql", revisionFile("9f00", "none"),
				"db/revisions-old/8e00_sibling_folder.sql", revisionFile("8e00", "none")));

		try (URLClassLoader classLoader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null)) {
			List<Revision> revisions = new RevisionLoader(classLoader).load(List.of(Location.DEFAULT));

			assertThat(revisions).extracting(Revision::source)
				.containsExactly("classpath:db/revisions/1a00_first.sql", "classpath:db/revisions/sub/2b00_second.sql");
		}
	}

	@Test
	void loadsAClasspathLocationFromEveryJarAndDirectoryThatHasIt() throws IOException {
		Path first = jar("first.jar", Map.of("db/revisions/2b00_second.sql", revisionFile("2b00", "1a00")));
		Path second = this.temp.resolve("classes");
		write(second, "db/revisions/1a00_first.sql", revisionFile("1a00", "none"));
		write(second, "db/revisions/3c00_third.sql", revisionFile("3c00", "2b00"));

		try (URLClassLoader classLoader = new URLClassLoader(
				new URL[] { first.toUri().toURL(), second.toUri().toURL() }, null)) {
			List<Revision> revisions = new RevisionLoader(classLoader).load(List.of(Location.DEFAULT));

			assertThat(revisions).extracting(Revision::id).containsExactly("1a00", "2b00", "3c00");
		}
	}

	@Test
	void loadsLocationsInTheOrderGiven() throws IOException {
		Path root = this.temp.resolve("revisions");
		write(root, "0a00_local.sql", revisionFile("0a00", "3c00"));

		List<Revision> revisions = this.loader.load(
				List.of(Location.parse("revision-loader-fixture/accounts"), new Location.Filesystem(root.toString())));

		assertThat(revisions).extracting(Revision::id).containsExactly("2b00", "3c00", "0a00");
	}

	@Test
	void readsOnlyTheDatabasesOwnVendorFolderBesideTheSharedRevisions() throws IOException {
		Path root = this.temp.resolve("revisions");
		write(root, "1a00_shared.sql", revisionFile("1a00", "none"));
		write(root, "postgresql/2b00_index.sql", revisionFile("2b00", "1a00"));
		write(root, "h2/2b00_index.sql", revisionFile("2b00", "1a00"));
		write(root, "more/MariaDB/2b00_index.sql", revisionFile("2b00", "1a00"));
		List<Location> locations = List.of(new Location.Filesystem(root.toString()));
		List<Revision> onH2 = new RevisionLoader(getClass().getClassLoader(), () -> "h2").load(locations);
		assertThat(onH2).extracting(Revision::source)
			.containsExactly(root.resolve("1a00_shared.sql").toString(), root.resolve("h2/2b00_index.sql").toString());
		List<Revision> onMariaDb = new RevisionLoader(getClass().getClassLoader(), () -> "mariadb").load(locations);
		assertThat(onMariaDb).extracting(Revision::source).containsExactly(root.resolve("1a00_shared.sql").toString(),
				root.resolve("more/MariaDB/2b00_index.sql").toString());
		assertThat(this.loader.load(locations)).as("without a vendor every folder is read").hasSize(4);
	}

	@Test
	void readsOnlyTheDatabasesOwnVendorFolderInsideAJar() throws IOException {
		Path jar = jar("app.jar", Map.of("db/revisions/1a00_first.sql", revisionFile("1a00", "none"),
				"db/revisions/postgresql/2b00_second.sql", revisionFile("2b00", "1a00"),
				"db/revisions/h2/2b00_second.sql", revisionFile("2b00", "1a00")));
		try (URLClassLoader classLoader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null)) {
			List<Revision> revisions = new RevisionLoader(classLoader, () -> "postgresql").load(List.of(Location.DEFAULT));
			assertThat(revisions).extracting(Revision::source).containsExactly("classpath:db/revisions/1a00_first.sql",
					"classpath:db/revisions/postgresql/2b00_second.sql");
		}
	}

	/** Writes a jar with a directory entry for every folder, as Maven and Gradle do. */
	private Path jar(String name, Map<String, String> files) throws IOException {
		Path jar = this.temp.resolve(name);
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
			Set<String> folders = new TreeSet<>();
			for (String path : files.keySet()) {
				for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
					folders.add(path.substring(0, slash + 1));
				}
			}
			for (String folder : folders) {
				jarOut.putNextEntry(new JarEntry(folder));
				jarOut.closeEntry();
			}
			for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
				jarOut.putNextEntry(new JarEntry(file.getKey()));
				jarOut.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				jarOut.closeEntry();
			}
		}
		return jar;
	}

}
