package dev.migrate.core.revision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/**
 * Loads the revisions of an application: the revision files under its {@link Location}s and the
 * {@link JavaRevision}s it registers with {@link ServiceLoader}. It only reads and validates each
 * revision; whether they form a graph is for the graph to decide.
 */
public final class RevisionLoader {

	private static final Logger logger = LoggerFactory.getLogger(RevisionLoader.class);

	private final ClassLoader classLoader;

	private final RevisionFileFinder finder;

	private final RevisionFileParser parser = new RevisionFileParser();

	/**
	 * @param classLoader the class loader that classpath locations and
	 * {@code META-INF/services} registrations are read from
	 */
	public RevisionLoader(ClassLoader classLoader) {
		this(classLoader, null);
	}

	/**
	 * A loader for one database vendor: folders named after another vendor ({@code h2/} when
	 * the database is PostgreSQL) are not read.
	 *
	 * @param classLoader the class loader that classpath locations and
	 * {@code META-INF/services} registrations are read from
	 * @param vendor the database's vendor ({@link dev.migrate.core.dialect.Vendors}), asked only
	 * when a vendor-named folder is met; {@code null} reads every folder
	 */
	public RevisionLoader(ClassLoader classLoader, Supplier<String> vendor) {
		this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
		this.finder = new RevisionFileFinder(classLoader, vendor);
	}

	/**
	 * Parses every {@code *.sql} file found recursively under the locations: location by location
	 * in the order given, and within a location sorted by path, so the result is the same on
	 * every machine.
	 * <p>
	 * A filesystem location that does not exist is an error. A classpath location that does not
	 * exist yields no revisions and is logged at WARN, as is any location without revision files:
	 * an application may not have revisions yet.
	 *
	 * @throws RevisionFileException when a file is malformed
	 * @throws MigrateException with {@link ErrorCode#USAGE} when a location cannot be read
	 */
	public List<Revision> load(List<Location> locations) {
		List<Revision> revisions = new ArrayList<>();
		for (Location location : locations) {
			List<RevisionFileFinder.Found> files = this.finder.find(location);
			if (files.isEmpty()) {
				logger.warn("No revision files (*.sql) found under {}; if revisions are expected there, check that "
						+ "the folder exists and migrate.locations (--locations on the command line)", location);
			}
			for (RevisionFileFinder.Found file : files) {
				revisions.add(this.parser.parse(file.source(), file.content()));
			}
		}
		return List.copyOf(revisions);
	}

	/**
	 * Instantiates the {@link JavaRevision}s registered in
	 * {@code META-INF/services/dev.migrate.core.revision.JavaRevision} files, sorted by class name.
	 *
	 * @throws MigrateException with {@link ErrorCode#INVALID_REVISION} when a registered class
	 * cannot be instantiated or declares invalid fields
	 */
	public List<Revision> loadJava() {
		List<Revision> revisions = new ArrayList<>();
		Iterator<JavaRevision> registered = ServiceLoader.load(JavaRevision.class, this.classLoader).iterator();
		while (true) {
			JavaRevision javaRevision;
			try {
				if (!registered.hasNext()) {
					break;
				}
				javaRevision = registered.next();
			}
			catch (ServiceConfigurationError ex) {
				throw new MigrateException(ErrorCode.INVALID_REVISION, "Cannot load a Java revision registered in "
						+ "META-INF/services/" + JavaRevision.class.getName() + ": " + ex.getMessage()
						+ "; check that the class exists, implements " + JavaRevision.class.getName()
						+ " and has a public no-argument constructor", ex);
			}
			revisions.add(fromJava(javaRevision));
		}
		revisions.sort(Comparator.comparing(Revision::source).thenComparing(Revision::id));
		return List.copyOf(revisions);
	}

	/**
	 * Turns an instantiated Java revision (a Spring bean, a registered service) into a
	 * {@link Revision} with a {@link JavaBody}. Its source is its class name, its checksum
	 * {@link JavaRevision#checksum()}.
	 *
	 * @throws MigrateException with {@link ErrorCode#INVALID_REVISION} naming the class when its
	 * id, parents, dependencies or labels are invalid
	 */
	public static Revision fromJava(JavaRevision javaRevision) {
		String className = Objects.requireNonNull(javaRevision, "javaRevision").getClass().getName();
		String id = javaRevision.revision();
		List<String> downRevisions = javaRevision.downRevisions();
		List<String> dependsOn = javaRevision.dependsOn();
		Set<String> branchLabels = javaRevision.branchLabels();
		if (!RevisionIds.isValid(id)) {
			throw invalidJava(className, "revision() returned '" + id + "', not a valid revision id; use letters, "
					+ "digits and '_' (at most " + RevisionIds.MAX_LENGTH + " characters)");
		}
		if (RevisionIds.isReserved(id)) {
			throw invalidJava(className, RevisionIds.reservedProblem(id, "revision()"));
		}
		requireList(className, "downRevisions()", downRevisions, "; return List.of() for a base revision");
		requireList(className, "dependsOn()", dependsOn, "; return List.of() when there is none");
		requireList(className, "branchLabels()", branchLabels, "; return Set.of() when there is none");
		Optional<String> problem = IdLists.problem("downRevisions()", downRevisions)
			.or(() -> IdLists.problem("dependsOn()", dependsOn))
			.or(() -> IdLists.problem("branchLabels()", branchLabels))
			.or(() -> IdLists.selfReference(id, "downRevisions()", downRevisions)
				.map((self) -> self + "; return its parent revision ids, or List.of() for a base revision"))
			.or(() -> IdLists.selfReference(id, "dependsOn()", dependsOn)
				.map((self) -> self + "; a revision cannot depend on itself, remove '" + id + "'"));
		if (problem.isPresent()) {
			throw invalidJava(className, problem.get());
		}
		return new Revision(id, downRevisions, dependsOn, branchLabels, javaRevision.message(), javaRevision.phase(),
				javaRevision.transactional(), className, javaRevision.checksum(), new JavaBody(javaRevision));
	}

	private static void requireList(String className, String method, Object value, String fix) {
		if (value == null) {
			throw invalidJava(className, method + " returned null" + fix);
		}
	}

	private static MigrateException invalidJava(String className, String problem) {
		return new MigrateException(ErrorCode.INVALID_REVISION, "Java revision " + className + ": " + problem);
	}

}
