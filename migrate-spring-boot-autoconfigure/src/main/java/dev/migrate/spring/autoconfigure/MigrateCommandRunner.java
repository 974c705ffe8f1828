package dev.migrate.spring.autoconfigure;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;

import dev.migrate.core.MigrateException;
import dev.migrate.core.Secrets;
import dev.migrate.core.engine.MigrationResult;
import dev.migrate.core.engine.MigrationStatus;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.engine.State;
import dev.migrate.core.revision.Revision;

/**
 * Runs {@code migrate.command} once the context has started, prints the result and ends the
 * application with the command line's exit status: 0 done, 1 failed, 2 input error (an unknown
 * command, a bad property, target or revision). {@link MigrateCommandEnvironmentPostProcessor} has
 * already kept the web server from starting and made the context lazy, so the migrator is only
 * built here, where its errors become exit statuses.
 */
public final class MigrateCommandRunner implements ApplicationRunner {

	/** The commands, as {@code migrate.command} names them. */
	public static final List<String> COMMANDS = List.of("upgrade", "current");

	private final ApplicationContext context;

	private final Supplier<Migrator> migrator;

	private final MigrationTracker tracker;

	private final MigrateExit exit;

	private final String command;

	private final String target;

	private final PrintStream out;

	/**
	 * @param context the context to end
	 * @param migrator supplies the migrator when the command runs
	 * @param tracker records an upgrade
	 * @param exit ends the application
	 * @param command {@code migrate.command}
	 * @param target {@code migrate.target}
	 */
	public MigrateCommandRunner(ApplicationContext context, Supplier<Migrator> migrator, MigrationTracker tracker,
			MigrateExit exit, String command, String target) {
		this.context = Objects.requireNonNull(context, "context");
		this.migrator = Objects.requireNonNull(migrator, "migrator");
		this.tracker = Objects.requireNonNull(tracker, "tracker");
		this.exit = Objects.requireNonNull(exit, "exit");
		this.command = (command != null) ? command.strip().toLowerCase(Locale.ROOT) : "";
		this.target = Objects.requireNonNull(target, "target");
		this.out = System.out;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.exit.exit(this.context, execute());
	}

	/** Runs the command and returns its exit status. */
	int execute() {
		try {
			switch (this.command) {
				case "upgrade":
					return upgrade();
				case "current":
					return current();
				default:
					this.out.println("migrate: unknown migrate.command '" + this.command + "'; use one of "
							+ String.join(", ", COMMANDS));
					return 2;
			}
		}
		catch (RuntimeException ex) {
			MigrateException migrate = MigrateFailures.find(ex);
			Secrets secrets = MigrateSecrets.from(this.context.getEnvironment());
			if (migrate == null) {
				this.out.println("migrate " + this.command + " failed: " + secrets.scrub(ex.toString()));
				secrets.scrub((Throwable) ex).printStackTrace(this.out);
				return 1;
			}
			this.out.println("migrate " + this.command + " failed: " + secrets.scrub(migrate.getMessage()));
			this.out.println("Action: " + MigrateFailures.action(migrate));
			return migrate.code().exitStatus();
		}
	}

	private int upgrade() {
		Migrator migrator = this.migrator.get();
		MigrationResult result = this.tracker.run(this.target, () -> migrator.upgrade(this.target));
		if (result.state() == State.AHEAD) {
			this.out.println("migrate upgrade: the database is ahead of this code (" + rows(result.before())
					+ "); nothing was run");
		}
		else if (result.applied().isEmpty() && result.before().equals(result.after())) {
			this.out.println("migrate upgrade: nothing to do; current: " + rows(result.after()));
		}
		else {
			this.out.println("migrate upgrade: " + rows(result.before()) + " -> " + rows(result.after()) + ", "
					+ result.applied().size() + " revision(s) applied");
		}
		return 0;
	}

	private int current() {
		MigrationStatus status = this.migrator.get().status(this.target);
		this.out.println("state:   " + status.state());
		this.out.println("current: " + rows(status.current()));
		this.out.println("heads:   " + rows(status.heads()));
		this.out.println("pending: " + status.pending().size());
		for (Revision revision : status.pending()) {
			this.out.println("  " + revision.id() + (revision.message().isEmpty() ? "" : "  " + revision.message())
					+ ((revision.phase() != null) ? "  [" + revision.phase().key() + "]" : ""));
		}
		if (status.detail() != null) {
			this.out.println(status.detail());
		}
		return 0;
	}

	private static String rows(List<String> rows) {
		return rows.isEmpty() ? "<base>" : String.join(", ", rows);
	}

}
