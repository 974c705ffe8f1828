package dev.migrate.spring.autoconfigure;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;

import dev.migrate.core.MigrateException;
import dev.migrate.core.cli.CommandContext;
import dev.migrate.core.cli.MigrateCli;

/**
 * Runs {@code migrate.command} with the command line's parser, output and exit statuses, against
 * the application's own configuration, then ends the application through {@link MigrateExit}.
 * <p>
 * It runs as the first {@link SmartLifecycle} to start, while the context finishes its refresh:
 * after the beans exist (lazily, see {@link MigrateCommandEnvironmentPostProcessor}) but before
 * any other lifecycle bean starts (message listener containers, schedulers), before
 * {@code @Scheduled} tasks are scheduled (on the context's refresh event) and before any
 * {@code ApplicationRunner} or {@code CommandLineRunner} is called. The default exit ends the JVM
 * here, so none of these ever runs. An exit that returns (a test's) makes this throw
 * {@link CommandFinished}, which ends {@code SpringApplication.run} the same way.
 */
public final class MigrateCommandRunner implements SmartLifecycle {

	private final ApplicationContext context;

	private final CommandContext commandContext;

	private final MigrateExit exit;

	private final String command;

	private final PrintStream out;

	private final PrintStream err;

	private volatile boolean running;

	/**
	 * @param context the context to end
	 * @param commandContext the application's DataSource, revisions and settings
	 * @param exit ends the application
	 * @param command {@code migrate.command}, e.g. {@code downgrade -1}
	 */
	public MigrateCommandRunner(ApplicationContext context, CommandContext commandContext, MigrateExit exit,
			String command) {
		this.context = Objects.requireNonNull(context, "context");
		this.commandContext = Objects.requireNonNull(commandContext, "commandContext");
		this.exit = Objects.requireNonNull(exit, "exit");
		this.command = (command != null) ? command : "";
		this.out = System.out;
		this.err = System.err;
	}

	@Override
	public void start() {
		this.running = true;
		int status = execute();
		this.exit.exit(this.context, status);
		throw new CommandFinished(this.command, status);
	}

	/** Runs the command and returns its exit status. */
	int execute() {
		PrintWriter out = new PrintWriter(this.out, true);
		PrintWriter err = new PrintWriter(this.err, true);
		List<String> words;
		try {
			words = CommandWords.split(this.command);
		}
		catch (MigrateException ex) {
			err.println("error: " + MigrateSecrets.from(this.context.getEnvironment()).scrub(ex.getMessage()));
			return ex.code().exitStatus();
		}
		return MigrateCli.run(out, err, this.commandContext, words.toArray(new String[0]));
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** First of all lifecycle beans, so nothing of the application has started when the command runs. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE;
	}

	/**
	 * Thrown once the command is done when {@link MigrateExit} returned instead of ending the JVM:
	 * the application must not go on to start and call its runners.
	 */
	public static final class CommandFinished extends RuntimeException {

		private final int status;

		CommandFinished(String command, int status) {
			super("migrate.command '" + command + "' finished with exit status " + status
					+ "; the application does not start in command mode");
			this.status = status;
		}

		/** The command's exit status. */
		public int status() {
			return this.status;
		}

	}

}
