package dev.migrate.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every command describes itself; a mistyped option is reported as one. No database is needed for any of it. */
class HelpAndOptionsTest {

	@ParameterizedTest
	@ValueSource(strings = { "upgrade", "downgrade", "stamp", "current", "resolve", "heads", "branches", "history",
			"show", "sql", "revision", "merge", "check" })
	void everyCommandHasHelpAsOptionAndAsHelpCommand(String command) {
		CliRun option = CliRun.of(command, "--help");
		assertThat(option.status()).as(option.err()).isZero();
		assertThat(option.out()).startsWith("Usage: migrate " + command).contains("--url");
		CliRun help = CliRun.of("help", command);
		assertThat(help.status()).as(help.err()).isZero();
		assertThat(help.out()).isEqualTo(option.out());
	}

	@Test
	void upgradeHelpShowsTheGuardAndStampHelpShowsPurge() {
		assertThat(CliRun.of("upgrade", "--help").out()).contains("--guard=fail|warn|off");
		assertThat(CliRun.of("stamp", "-h").out()).contains("--purge");
	}

	@Test
	void helpWithoutACommandListsTheCommands() {
		CliRun help = CliRun.of("help");
		assertThat(help.status()).isZero();
		assertThat(help.out()).contains("Commands:").contains("upgrade").contains("help");
	}

	@Test
	void aMistypedOptionIsAnUnknownOptionWithASuggestion() {
		CliRun run = CliRun.of("upgrade", "--no-validate-checksum");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("Unknown option: '--no-validate-checksum'")
			.contains("--no-validate-checksums")
			.doesNotContain("not a valid target");
	}

	@Test
	void anUnknownOptionOfAnOfflineCommandIsReportedAsOne() {
		CliRun run = CliRun.of("show", "--jsn", "head");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("Unknown option: '--jsn'").doesNotContain("not a valid target");
	}

	@Test
	void versionIsTheBuiltVersion() {
		CliRun version = CliRun.of("-V");
		assertThat(version.status()).isZero();
		assertThat(version.out().strip()).matches("migrate \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
		assertThat(CliRun.of("current", "--version").out()).isEqualTo(version.out());
	}

}
