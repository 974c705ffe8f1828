package dev.migrate.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.core.testsupport.DatabaseContractTest;
import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.PostgresFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The database commands of the command line against the local PostgreSQL. */
class DatabaseCommandsTest extends DatabaseContractTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dir;

	@Override
	protected DatabaseFixture createDatabase() {
		return new PostgresFixture();
	}

	@BeforeEach
	void writeRevisions() throws IOException {
		for (int i = 1; i <= 3; i++) {
			Files.writeString(this.dir.resolve("d" + i + "_step.sql"), "-- revision: d" + i + "\n-- down_revision: "
					+ ((i == 1) ? "none" : "d" + (i - 1)) + "\n-- message: step " + i + "\n\n-- migrate:upgrade\n"
					+ "CREATE TABLE t" + i + " (id int);\n\n-- migrate:downgrade\nDROP TABLE t" + i + ";\n");
		}
	}

	private CliRun run(String... args) {
		return CliRun.of(Stream.concat(Stream.of("--url", this.database.jdbcUrl(), "--user", "postgres", "--password",
				"not-printed", "--locations", "filesystem:" + this.dir), Stream.of(args)).toArray(String[]::new));
	}

	@Test
	void upgradeReportsEachRevisionAndCurrentShowsTheHead() {
		CliRun upgrade = run("upgrade");
		assertThat(upgrade.status()).as(upgrade.err()).isZero();
		assertThat(upgrade.out()).contains("[1/3] upgrade <base> -> d1, step 1").contains("[3/3] upgrade d2 -> d3, step 3");
		assertThat(run("current").out()).contains("d3 (head)").contains("State: UP_TO_DATE");
		JsonNode current = JSON.readTree(run("current", "--json").out());
		assertThat(current.get("state").asString()).isEqualTo("UP_TO_DATE");
		assertThat(current.get("pendingCount").asInt()).isZero();
	}

	@Test
	void relativeDowngradeIsAnArgumentAsWritten() {
		run("upgrade");
		CliRun downgrade = run("downgrade", "-1");
		assertThat(downgrade.status()).as(downgrade.err()).isZero();
		assertThat(downgrade.out()).contains("downgrade d3 -> d2");
		JsonNode current = JSON.readTree(run("--json", "current").out());
		assertThat(current.get("current").get(0).asString()).isEqualTo("d2");
		assertThat(current.get("pending").get(0).get("revision").asString()).isEqualTo("d3");
	}

	@Test
	void historyMarksWhatIsApplied() {
		run("upgrade", "d2");
		assertThat(run("history").out().lines()).containsExactly("d2 -> d3 (head), step 3 (pending)",
				"d1 -> d2, step 2 (current)", "<base> -> d1, step 1 (applied)");
	}

	@Test
	void stampAndUpgradeAsJson() {
		CliRun stamp = run("stamp", "d2", "--json");
		assertThat(stamp.status()).as(stamp.err()).isZero();
		assertThat(JSON.readTree(stamp.out()).get("after").get(0).asString()).isEqualTo("d2");
		JsonNode upgrade = JSON.readTree(run("upgrade", "--json").out());
		assertThat(upgrade.get("applied").get(0).asString()).isEqualTo("d3");
		assertThat(upgrade.get("state").asString()).isEqualTo("UP_TO_DATE");
	}

	@Test
	void failuresExitWithStatusOneAndNeverPrintThePassword() throws IOException {
		Files.writeString(this.dir.resolve("d4_bad.sql"),
				"-- revision: d4\n-- down_revision: d3\n\n-- migrate:upgrade\nSELECT * FROM missing_table;\n");
		CliRun run = run("upgrade");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("revision d4").contains("missing_table").doesNotContain("not-printed");
		CliRun unreachable = CliRun.of("--url", "jdbc:postgresql://127.0.0.1:1/none?password=hunter2", "--locations",
				"filesystem:" + this.dir, "current");
		assertThat(unreachable.status()).isEqualTo(1);
		assertThat(unreachable.err()).contains("Cannot connect").doesNotContain("hunter2");
	}

	@Test
	void guardInFailModeStopsAnUnsafeUpgradeBeforeAnythingRuns() throws IOException {
		run("upgrade");
		Files.writeString(this.dir.resolve("d4_drop.sql"), "-- revision: d4\n-- down_revision: d3\n-- phase: expand\n\n"
				+ "-- migrate:upgrade\nCREATE TABLE t4 (id int);\nDROP TABLE t1;\n");
		CliRun failed = run("upgrade", "--guard", "fail");
		assertThat(failed.status()).isEqualTo(1);
		assertThat(failed.err()).contains("drop-table").contains("d4_drop.sql");
		assertThat(JSON.readTree(run("current", "--json").out()).get("current").get(0).asString()).isEqualTo("d3");
		CliRun warned = run("upgrade");
		assertThat(warned.status()).as(warned.err()).isZero();
		assertThat(warned.err()).contains("Guard:").contains("drop-table");
		assertThat(warned.out()).contains("upgrade d3 -> d4");
	}

	@Test
	void resolveWithoutARecordedFailureIsAnInputError() {
		run("upgrade");
		CliRun run = run("resolve", "d2", "--applied");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("no recorded failure");
	}

	@Test
	void databaseCommandWithoutUrlSaysHowToGiveOne() {
		CliRun run = CliRun.of("--locations", "filesystem:" + this.dir, "upgrade");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("--url").contains("MIGRATE_URL");
	}

}
