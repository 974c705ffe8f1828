package dev.migrate.core.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The jar's entry point. {@code java -jar migrate-cli.jar ...} runs the command in a second JVM
 * that compiles with C1 only ({@code -XX:TieredStopAtLevel=1}): a command runs for a second or a
 * few, and C2 spent about as much CPU compiling as the command itself did running (an up-to-date
 * {@code upgrade} of 1,000 revisions: 1.7 s of CPU, of which C2 alone was about 0.7 s; with C1
 * only the whole process used about a third less, applying them about 40% less). A JAR manifest
 * cannot carry JVM options, so the launcher, which loads nothing but a few JDK classes, starts that
 * JVM with the same command line and waits for it: same arguments, environment, standard streams
 * and exit status. A signal that ends the launcher ends the command too. That JVM also maps the
 * classes the command loaded on its first run from a class data sharing archive
 * ({@link ClassArchive}).
 * <p>
 * The command runs in the first JVM, as it is, when {@code MIGRATE_CLI_FORK=false}; when the JVM
 * was given options that choose its compilers or attach a debugger, an agent or a recording
 * ({@link #CHOSEN}); when {@code JAVA_TOOL_OPTIONS} or {@code JDK_JAVA_OPTIONS} are set (the user
 * tunes this JVM); when it is not HotSpot; or when the command line cannot be read back.
 */
public final class CliLauncher {

	/** The system property that marks the JVM the launcher started, so that it runs the command. */
	static final String FORKED = "migrate.cli.forked";

	/** {@code false}: run the command in the JVM the user started. */
	static final String FORK_ENV = "MIGRATE_CLI_FORK";

	/**
	 * The options the command's JVM gets before the user's own, which therefore win: C1 only; C1
	 * inlining only small methods, not deeply (an up-to-date {@code upgrade} of 1,000 revisions: about
	 * 50 ms less CPU, and applying them about 6% less, than with C1's default inlining); and one
	 * compiler thread instead of two, which a command of a second or a few keeps busy enough (up to
	 * date: 31 alternating runs, 399 against 420 ms of CPU and 280 against 290 ms of wall time; applying
	 * the 1,000 revisions took as long). A JDK that no longer knows one of the tuning options ignores
	 * it rather than refuse to start.
	 */
	static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+IgnoreUnrecognizedVMOptions",
			"-XX:C1MaxInlineSize=10", "-XX:C1InlineStackLimit=3", "-XX:CICompilerCount=1", "-D" + FORKED + "=true");

	/** JVM options that mean the user chose how this JVM runs, or attached something to it. */
	static final List<String> CHOSEN = List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation",
			"-XX:+TieredCompilation", "-XX:CompilationMode", "-Xint", "-Xcomp", "-agentlib:", "-agentpath:",
			"-javaagent:", "-Xdebug", "-Xrunjdwp", "-XX:StartFlightRecording", "-XX:FlightRecorder",
			"-XX:ArchiveClassesAtExit", "-XX:SharedArchiveFile", "-XX:SharedClassListFile", "-Xshare");

	/** The launcher's options that take their value as the next argument. */
	private static final Set<String> WITH_VALUE = Set.of("-cp", "-classpath", "--class-path", "-p", "--module-path",
			"--upgrade-module-path", "--add-modules", "--limit-modules", "--add-exports", "--add-opens", "--add-reads",
			"--patch-module", "--enable-native-access");

	private CliLauncher() {
	}

	public static void main(String[] args) {
		ProcessHandle.Info self = ProcessHandle.current().info();
		Map<String, String> environment = System.getenv();
		List<String> command = forkCommand(environment, System.getProperty(FORKED),
				System.getProperty("java.vm.name", ""), self.command(), self.arguments());
		if (command != null) {
			Optional<ClassArchive> archive = ClassArchive.of(environment, System.getProperty("user.home"),
					System.getProperty("java.home") + "|" + System.getProperty("java.vm.version"), self.arguments().get(),
					ProcessHandle.current().pid());
			archive.ifPresent((used) -> {
				command.set(command.indexOf("-jar") + 1, used.jar().toString());
				command.addAll(1, used.options());
			});
			Integer status = runChild(command);
			if (status != null) {
				archive.ifPresent((used) -> used.finish(status));
				System.exit(status);
			}
		}
		MigrateCli.main(args);
	}

	/**
	 * The command line of the JVM that runs the command: this JVM's executable, {@link #OPTIONS},
	 * then this JVM's arguments as they were given; {@code null} when the command runs here.
	 *
	 * @param environment this process's environment
	 * @param forked the {@link #FORKED} property, set in a JVM this launcher started
	 * @param vmName the {@code java.vm.name} property
	 * @param executable this JVM's executable
	 * @param arguments this JVM's arguments: its options, {@code -jar} and the jar (or the class
	 * path and the main class), then the command's arguments
	 */
	static List<String> forkCommand(Map<String, String> environment, String forked, String vmName,
			Optional<String> executable, Optional<String[]> arguments) {
		if (forked != null || "false".equalsIgnoreCase(environment.get(FORK_ENV))
				|| environment.containsKey("JAVA_TOOL_OPTIONS") || environment.containsKey("JDK_JAVA_OPTIONS")
				|| !(vmName.contains("HotSpot") || vmName.contains("OpenJDK")) || executable.isEmpty()
				|| arguments.isEmpty() || jvmOptions(arguments.get()).stream().anyMatch(CliLauncher::chosen)) {
			return null;
		}
		List<String> command = new ArrayList<>();
		command.add(executable.get());
		command.addAll(OPTIONS);
		command.addAll(Arrays.asList(arguments.get()));
		return command;
	}

	/** The JVM's own options among its arguments: those before {@code -jar}, {@code -m} or the main class. */
	static List<String> jvmOptions(String[] arguments) {
		List<String> options = new ArrayList<>();
		for (int i = 0; i < arguments.length; i++) {
			String argument = arguments[i];
			if (!argument.startsWith("-") || argument.equals("-jar") || argument.equals("-m")
					|| argument.equals("--module") || argument.startsWith("--module=")) {
				break;
			}
			options.add(argument);
			if (WITH_VALUE.contains(argument)) {
				i++;
			}
		}
		return options;
	}

	private static boolean chosen(String option) {
		return CHOSEN.stream().anyMatch(option::startsWith);
	}

	/** Runs the command's JVM and returns its exit status; {@code null} when it could not be started. */
	private static Integer runChild(List<String> command) {
		Process child;
		try {
			child = new ProcessBuilder(command).inheritIO().start();
		}
		catch (IOException | UnsupportedOperationException ex) {
			return null;
		}
		Thread stop = new Thread(() -> stop(child), "migrate-cli-stop");
		Runtime.getRuntime().addShutdownHook(stop);
		while (true) {
			try {
				return child.waitFor();
			}
			catch (InterruptedException ex) {
				// only a signal ends the launcher's wait; the shutdown hook then stops the command
			}
		}
	}

	/** Ends the command when the launcher is ended (SIGTERM, SIGINT): it gets SIGTERM and a minute to finish. */
	private static void stop(Process child) {
		if (!child.isAlive()) {
			return;
		}
		child.destroy();
		try {
			child.waitFor(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
