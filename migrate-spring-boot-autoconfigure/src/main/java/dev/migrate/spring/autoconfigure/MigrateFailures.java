package dev.migrate.spring.autoconfigure;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.engine.ChecksumMismatchException;
import dev.migrate.core.engine.DivergedException;
import dev.migrate.core.engine.LegacySchemaException;
import dev.migrate.core.engine.RecordedFailureException;
import dev.migrate.core.engine.RevisionFailedException;
import dev.migrate.core.lock.LockTimeoutException;

/**
 * The action to take for each migrate error, naming the property that changes the outcome. The
 * messages already say what happened and what to do; this adds where to do it in a Spring Boot
 * application. Shared by the failure analyzer and the runner's log.
 */
final class MigrateFailures {

	private static final String KEEP_RUNNING = " To keep the application running meanwhile (readiness refusing "
			+ "traffic, GET /actuator/migrate showing the error), set migrate.fail-on-error=false.";

	private MigrateFailures() {
	}

	/** The exit status for a failure: the error code's for migrate errors, 1 for anything else. */
	static int exitStatus(Throwable failure) {
		MigrateException migrate = find(failure);
		return (migrate != null) ? migrate.code().exitStatus() : 1;
	}

	/** The migrate error among {@code failure} and its causes (e.g. inside a bean creation failure), or {@code null}. */
	static MigrateException find(Throwable failure) {
		Throwable cause = failure;
		while (cause != null) {
			if (cause instanceof MigrateException migrate) {
				return migrate;
			}
			cause = cause.getCause();
		}
		return null;
	}

	static String action(MigrateException ex) {
		if (ex instanceof LegacySchemaException) {
			return "Set migrate.baseline.revision to the id of the revision whose schema this database matches: it is "
					+ "stamped there, keeping its data, and upgraded from there.";
		}
		if (ex instanceof RecordedFailureException failure) {
			String revision = failure.failure().entry().revision();
			return "Bring the schema to a known state by hand, then run 'migrate resolve " + revision + " --applied' or '"
					+ "--rolled-back' with the command line." + KEEP_RUNNING;
		}
		if (ex instanceof ChecksumMismatchException mismatch) {
			return "Restore revision " + mismatch.revision() + " as it was applied and put the change in a new revision, "
					+ "or set migrate.validate-checksums=false if the change does not alter what runs.";
		}
		if (ex instanceof DivergedException) {
			return "Deploy code that contains the database's revisions, or merge the branches in the code.";
		}
		if (ex instanceof LockTimeoutException) {
			return "Let the other run finish, or raise migrate.lock.timeout." + KEEP_RUNNING;
		}
		if (ex instanceof RevisionFailedException failed) {
			return "Fix revision " + failed.revision() + " and start the application again. When the message says the "
					+ "failure is recorded, first bring the schema to a known state and run 'migrate resolve "
					+ failed.revision() + "' with the command line." + KEEP_RUNNING;
		}
		return action(ex.code());
	}

	private static String action(ErrorCode code) {
		switch (code) {
			case INVALID_REVISION:
				return "Fix the revision named above. Revision files are read from migrate.locations; Java revisions are "
						+ "the application's JavaRevision beans.";
			case INVALID_GRAPH:
				return "Fix the revisions under migrate.locations (and the JavaRevision beans) so that every "
						+ "down_revision and depends_on names a known revision, once.";
			case INVALID_TARGET:
				return "Set migrate.target to heads, head, a revision id or unique prefix, <label>@head, +N or -N.";
			case INVALID_OPERATION:
				return "Check migrate.target against the database's current revisions (migrate.command=current shows them).";
			case USAGE:
				return "Fix the migrate.* property named above in the application's configuration.";
			case DATABASE:
				return "Check that the database is reachable and that its user (migrate.datasource.* when set, else "
						+ "spring.datasource.*) may create and alter tables." + KEEP_RUNNING;
			case LOCK_TIMEOUT:
				return "Let the other run finish, or raise migrate.lock.timeout." + KEEP_RUNNING;
			case GUARD:
				return "Make the revisions named above safe for a rolling deploy (docs/guard.md gives each rule's recipe), "
						+ "accept a deliberate exception with '-- migrate:allow <rule> <reason>' on its statement, or set "
						+ "migrate.guard.mode=warn.";
			default:
				return "Bring the database to a known state as described above." + KEEP_RUNNING;
		}
	}

}
