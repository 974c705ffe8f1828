package dev.migrate.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** When {@code java -jar migrate-cli.jar} runs the command in a JVM of its own, and with which command line. */
class CliLauncherTest {

	private static final String JAVA = "/usr/lib/jvm/java-17/bin/java";

	private static final String VM = "OpenJDK 64-Bit Server VM";

	@Test
	void theCommandsJvmGetsTheLaunchersOptionsFirstThenTheArgumentsAsGiven() {
		List<String> command = fork(Map.of(), "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug", "-Xmx256m", "-jar",
				"migrate-cli.jar", "--url", "jdbc:postgresql://h/db", "upgrade", "-Xint");
		assertThat(CliLauncher.OPTIONS).startsWith("-XX:TieredStopAtLevel=1").endsWith("-Dmigrate.cli.forked=true");
		assertThat(command).containsExactly(with(JAVA, CliLauncher.OPTIONS, "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug",
				"-Xmx256m", "-jar", "migrate-cli.jar", "--url", "jdbc:postgresql://h/db", "upgrade", "-Xint"));
	}

	@Test
	void aClassPathAndMainClassAreKeptToo() {
		assertThat(fork(Map.of(), "-cp", "-Xint.jar", "dev.migrate.core.cli.CliLauncher", "heads")).containsExactly(
				with(JAVA, CliLauncher.OPTIONS, "-cp", "-Xint.jar", "dev.migrate.core.cli.CliLauncher", "heads"));
	}

	@Test
	void theJvmTheLauncherStartedRunsTheCommandItself() {
		assertThat(CliLauncher.forkCommand(Map.of(), "true", VM, Optional.of(JAVA),
				Optional.of(new String[] { "-jar", "migrate-cli.jar", "heads" })))
			.isNull();
	}

	@Test
	void migrateCliForkFalseRunsTheCommandInTheFirstJvm() {
		assertThat(fork(Map.of("MIGRATE_CLI_FORK", "false"), "-jar", "migrate-cli.jar", "heads")).isNull();
		assertThat(fork(Map.of("MIGRATE_CLI_FORK", "FALSE"), "-jar", "migrate-cli.jar", "heads")).isNull();
		assertThat(fork(Map.of("MIGRATE_CLI_FORK", "true"), "-jar", "migrate-cli.jar", "heads")).isNotNull();
	}

	@Test
	void optionsInTheEnvironmentMeanTheUserTunesThisJvm() {
		assertThat(fork(Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g"), "-jar", "migrate-cli.jar", "heads")).isNull();
		assertThat(fork(Map.of("JDK_JAVA_OPTIONS", "-Xmx1g"), "-jar", "migrate-cli.jar", "heads")).isNull();
	}

	@Test
	void compilerChoicesDebuggersAgentsAndRecordingsKeepTheCommandInTheFirstJvm() {
		for (String option : List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-Xint",
				"-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:agent.jar",
				"-agentpath:/opt/libasyncProfiler.so=start", "-XX:StartFlightRecording=duration=30s",
				"-XX:SharedArchiveFile=app.jsa")) {
			assertThat(fork(Map.of(), option, "-jar", "migrate-cli.jar", "heads")).as(option).isNull();
		}
	}

	@Test
	void onlyTheJvmsOwnOptionsCountNotTheCommandsArguments() {
		assertThat(CliLauncher.jvmOptions(new String[] { "-Xss2m", "-cp", "a.jar", "Main", "-Xint", "-javaagent:x" }))
			.containsExactly("-Xss2m", "-cp");
		assertThat(CliLauncher.jvmOptions(new String[] { "-jar", "migrate-cli.jar", "-agentlib:jdwp" })).isEmpty();
		assertThat(fork(Map.of(), "-jar", "migrate-cli.jar", "--password", "-agentlib:jdwp")).isNotNull();
	}

	@Test
	void aJvmThatIsNotHotSpotOrWhoseCommandLineIsUnknownRunsTheCommandItself() {
		String[] arguments = { "-jar", "migrate-cli.jar", "heads" };
		assertThat(CliLauncher.forkCommand(Map.of(), null, "Eclipse OpenJ9 VM", Optional.of(JAVA),
				Optional.of(arguments)))
			.isNull();
		assertThat(CliLauncher.forkCommand(Map.of(), null, "Java HotSpot(TM) 64-Bit Server VM", Optional.of(JAVA),
				Optional.of(arguments)))
			.isNotNull();
		assertThat(CliLauncher.forkCommand(Map.of(), null, VM, Optional.empty(), Optional.of(arguments))).isNull();
		assertThat(CliLauncher.forkCommand(Map.of(), null, VM, Optional.of(JAVA), Optional.empty())).isNull();
	}

	private static List<String> fork(Map<String, String> environment, String... arguments) {
		return CliLauncher.forkCommand(environment, null, VM, Optional.of(JAVA), Optional.of(arguments));
	}

	private static String[] with(String java, List<String> options, String... arguments) {
		List<String> all = new java.util.ArrayList<>();
		all.add(java);
		all.addAll(options);
		all.addAll(List.of(arguments));
		return all.toArray(new String[0]);
	}

}
