package dev.migrate.core.revision;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class JavaRevisionLoadingTest {

	private static final String SERVICES_FILE = "META-INF/services/" + JavaRevision.class.getName();

	@TempDir
	Path temp;

	@Test
	void discoversRegisteredJavaRevisionsSortedByClassName() throws IOException {
		try (URLClassLoader classLoader = servicesLoader(SeedBookmarks.class.getName(),
				BackfillBookmarkTitles.class.getName())) {
			List<Revision> revisions = new RevisionLoader(classLoader).loadJava();

			assertThat(revisions).extracting(Revision::source)
				.containsExactly(BackfillBookmarkTitles.class.getName(), SeedBookmarks.class.getName());
			Revision backfill = revisions.get(0);
			assertThat(backfill.id()).isEqualTo("javarevtest_backfill");
			assertThat(backfill.downRevisions()).containsExactly("javarevtest_seed");
			assertThat(backfill.dependsOn()).containsExactly("accounts");
			assertThat(backfill.branchLabels()).containsExactly("bookmarks");
			assertThat(backfill.message()).isEqualTo("backfill bookmark titles");
			assertThat(backfill.phase()).isEqualTo(Phase.MIGRATE);
			assertThat(backfill.transactional()).isFalse();
			assertThat(backfill.checksum()).isEqualTo("titles-v2");
			assertThat(backfill.isReversible()).isTrue();
			assertThat(backfill.body()).isInstanceOfSatisfying(JavaBody.class,
					(body) -> assertThat(body.revision()).isInstanceOf(BackfillBookmarkTitles.class));
		}
	}

	@Test
	void findsNoJavaRevisionsWhenNoneAreRegistered() throws IOException {
		try (URLClassLoader classLoader = servicesLoader()) {
			assertThat(new RevisionLoader(classLoader).loadJava()).isEmpty();
		}
	}

	@Test
	void reportsARegisteredClassThatCannotBeLoaded() throws IOException {
		try (URLClassLoader classLoader = servicesLoader("com.example.MissingRevision")) {
			MigrateException failure = catchThrowableOfType(() -> new RevisionLoader(classLoader).loadJava(),
					MigrateException.class);

			assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_REVISION);
			assertThat(failure).hasMessageStartingWith("Cannot load a Java revision registered in " + SERVICES_FILE)
				.hasMessageContaining("com.example.MissingRevision")
				.hasMessageEndingWith("has a public no-argument constructor");
		}
	}

	@Test
	void reportsARegisteredRevisionWithInvalidFieldsNamingItsClass() throws IOException {
		try (URLClassLoader classLoader = servicesLoader(SelfParent.class.getName())) {
			assertThat(catchThrowableOfType(() -> new RevisionLoader(classLoader).loadJava(), MigrateException.class))
				.hasMessage("Java revision " + SelfParent.class.getName() + ": revision 'javarevtest_self' lists "
						+ "itself in downRevisions(); return its parent revision ids, or List.of() for a base "
						+ "revision");
		}
	}

	@Test
	void convertsAnInstanceWithTheInterfaceDefaults() {
		Revision revision = RevisionLoader.fromJava(new SeedBookmarks());

		assertThat(revision.id()).isEqualTo("javarevtest_seed");
		assertThat(revision.isBase()).isTrue();
		assertThat(revision.message()).isEmpty();
		assertThat(revision.phase()).isNull();
		assertThat(revision.transactional()).isTrue();
		assertThat(revision.checksum()).isNull();
		assertThat(revision.isReversible()).isFalse();
		assertThat(revision.source()).isEqualTo(SeedBookmarks.class.getName());
	}

	@Test
	void rejectsAnInvalidIdNamingTheClass() {
		JavaRevision revision = new Stub("bad-id", List.of(), List.of(), Set.of());

		assertThat(catchThrowableOfType(() -> RevisionLoader.fromJava(revision), MigrateException.class))
			.hasMessage("Java revision " + Stub.class.getName() + ": revision() returned 'bad-id', not a valid "
					+ "revision id; use letters, digits and '_' (at most 64 characters)");
	}

	@Test
	void rejectsTheTargetWordsAsIdOrLabelNamingTheClass() {
		assertThat(catchThrowableOfType(() -> RevisionLoader.fromJava(new Stub("head", List.of(), List.of(), Set.of())),
				MigrateException.class))
			.hasMessage("Java revision " + Stub.class.getName() + ": 'head' in revision() is a reserved word (none, "
					+ "base, head, heads are targets) and cannot be a revision id or branch label; choose another");
		assertThat(catchThrowableOfType(
				() -> RevisionLoader.fromJava(new Stub("a1", List.of(), List.of(), Set.of("heads"))),
				MigrateException.class))
			.hasMessageContaining("'heads' in branchLabels() is a reserved word");
	}

	@Test
	void rejectsNullListsNamingTheMethod() {
		assertThat(catchThrowableOfType(() -> RevisionLoader.fromJava(new Stub("a1", null, List.of(), Set.of())),
				MigrateException.class))
			.hasMessage("Java revision " + Stub.class.getName() + ": downRevisions() returned null; return List.of() "
					+ "for a base revision");
		assertThat(catchThrowableOfType(() -> RevisionLoader.fromJava(new Stub("a1", List.of(), List.of(), null)),
				MigrateException.class))
			.hasMessageContaining("branchLabels() returned null");
	}

	@Test
	void rejectsInvalidOrDuplicateIdsInItsListsNamingTheMethod() {
		assertThat(catchThrowableOfType(
				() -> RevisionLoader.fromJava(new Stub("a1", List.of("b2", "b2"), List.of(), Set.of())),
				MigrateException.class))
			.hasMessageEndingWith(": downRevisions() lists 'b2' twice; list each id once");
		assertThat(catchThrowableOfType(
				() -> RevisionLoader.fromJava(new Stub("a1", List.of(), List.of("x y"), Set.of())),
				MigrateException.class))
			.hasMessageEndingWith(": invalid id 'x y' in dependsOn(); use letters, digits and '_' (at most 64 "
					+ "characters)");
		assertThat(catchThrowableOfType(
				() -> RevisionLoader.fromJava(new Stub("a1", List.of(), List.of(), Set.of("bill-ing"))),
				MigrateException.class))
			.hasMessageEndingWith(": invalid id 'bill-ing' in branchLabels(); use letters, digits and '_' (at most 64 "
					+ "characters)");
		assertThat(catchThrowableOfType(
				() -> RevisionLoader.fromJava(new Stub("a1", List.of(), List.of("a1"), Set.of())),
				MigrateException.class))
			.hasMessageEndingWith(": revision 'a1' lists itself in dependsOn(); a revision cannot depend on itself, "
					+ "remove 'a1'");
	}

	/**
	 * A class loader whose {@code META-INF/services} files are only the one written here, so
	 * registrations elsewhere on the test classpath cannot leak in; classes still come from the
	 * test classpath.
	 */
	private URLClassLoader servicesLoader(String... registeredClassNames) throws IOException {
		Path servicesFile = this.temp.resolve(SERVICES_FILE);
		Files.createDirectories(servicesFile.getParent());
		Files.writeString(servicesFile,
				"# written by JavaRevisionLoadingTest\n" + String.join("\n", registeredClassNames));
		return new URLClassLoader(new URL[] { this.temp.toUri().toURL() }, getClass().getClassLoader()) {

			@Override
			public Enumeration<URL> getResources(String name) throws IOException {
				return name.startsWith("META-INF/services/") ? findResources(name) : super.getResources(name);
			}

		};
	}

	public static class SeedBookmarks implements JavaRevision {

		@Override
		public String revision() {
			return "javarevtest_seed";
		}

		@Override
		public List<String> downRevisions() {
			return List.of();
		}

		@Override
		public void upgrade(Connection connection) {
		}

	}

	public static class BackfillBookmarkTitles implements JavaRevision {

		@Override
		public String revision() {
			return "javarevtest_backfill";
		}

		@Override
		public List<String> downRevisions() {
			return List.of("javarevtest_seed");
		}

		@Override
		public List<String> dependsOn() {
			return List.of("accounts");
		}

		@Override
		public Set<String> branchLabels() {
			return Set.of("bookmarks");
		}

		@Override
		public String message() {
			return "backfill bookmark titles";
		}

		@Override
		public Phase phase() {
			return Phase.MIGRATE;
		}

		@Override
		public boolean transactional() {
			return false;
		}

		@Override
		public String checksum() {
			return "titles-v2";
		}

		@Override
		public void upgrade(Connection connection) {
		}

		@Override
		public void downgrade(Connection connection) {
		}

		@Override
		public boolean isReversible() {
			return true;
		}

	}

	public static class SelfParent implements JavaRevision {

		@Override
		public String revision() {
			return "javarevtest_self";
		}

		@Override
		public List<String> downRevisions() {
			return List.of("javarevtest_self");
		}

		@Override
		public void upgrade(Connection connection) {
		}

	}

	private record Stub(String revision, List<String> downRevisions, List<String> dependsOn, Set<String> branchLabels)
			implements JavaRevision {

		@Override
		public void upgrade(Connection connection) {
		}

	}

}
