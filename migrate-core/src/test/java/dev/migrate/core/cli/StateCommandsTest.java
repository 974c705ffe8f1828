package dev.migrate.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.core.engine.StatusView;
import dev.migrate.core.testsupport.DatabaseContractTest;
import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.PostgresFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the command line says about states that upgrade refuses, and the commands that get out of them. */
class StateCommandsTest extends DatabaseContractTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dir;

	@TempDir
	Path empty;

	@Override
	protected DatabaseFixture createDatabase() {
		return new PostgresFixture();
	}

	@BeforeEach
	void writeRevisions() throws IOException {
		write("aaaa00000001", "none", "CREATE TABLE t_one (id int);", "");
		write("bbbb00000002", "aaaa00000001", "CREATE TABLE t_two (id int);", "");
	}

	private void write(String id, String down, String upgrade, String header) throws IOException {
		Files.writeString(this.dir.resolve(id + "_step.sql"), "-- revision: " + id + "\n-- down_revision: " + down
				+ "\n-- message: step " + id + "\n-- phase: expand\n" + header + "\n-- migrate:upgrade\n" + upgrade + "\n");
	}

	private CliRun run(Path locations, String... args) {
		return CliRun.of(Stream.concat(Stream.of("--url", this.database.jdbcUrl(), "--user", "postgres", "--locations",
				"filesystem:" + locations), Stream.of(args)).toArray(String[]::new));
	}

	private CliRun run(String... args) {
		return run(this.dir, args);
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		for (Iterator<String> it = node.propertyNames().iterator(); it.hasNext();) {
			names.add(it.next());
		}
		return names;
	}

	@Test
	void anEditedRevisionIsFailedInCurrentAndThePrintedCommandAcceptsIt() throws IOException {
		assertThat(run("upgrade", "aaaa00000001").status()).isZero();
		write("aaaa00000001", "none", "CREATE TABLE t_one (id int); -- the comment that changed", "");
		CliRun current = run("current");
		assertThat(current.out()).contains("State: FAILED (checksum-mismatch), 1 pending").contains("pending: bbbb00000002");
		JsonNode json = JSON.readTree(run("--json", "current").out());
		assertThat(json.get("state").asString()).isEqualTo("FAILED");
		assertThat(json.get("reason").asString()).isEqualTo("checksum-mismatch");
		assertThat(json.get("pendingCount").asInt()).isEqualTo(1);
		CliRun refused = run("upgrade");
		assertThat(refused.status()).isEqualTo(1);
		String printed = refused.err().replaceAll("(?s).*accept the file as it is now, once: migrate (.*?) \\(in the.*", "$1");
		assertThat(printed).isEqualTo("resolve aaaa00000001 --accept-checksum");
		CliRun accepted = run(printed.split(" "));
		assertThat(accepted.status()).as(accepted.err()).isZero();
		assertThat(accepted.out()).contains("Resolved revision aaaa00000001").contains("state: PENDING");
		assertThat(run("upgrade").status()).isZero();
		assertThat(run("current").out()).contains("State: UP_TO_DATE");
	}

	@Test
	void currentJsonHasTheFieldsOfTheEndpoint() {
		run("upgrade", "aaaa00000001");
		JsonNode json = JSON.readTree(run("--json", "current").out());
		List<String> view = new ArrayList<>();
		for (var component : StatusView.class.getRecordComponents()) {
			view.add(component.getName());
		}
		assertThat(fieldNames(json)).containsExactlyElementsOf(view);
		assertThat(fieldNames(json)).contains("state", "current", "heads", "pendingCount", "pending", "lastRun", "target");
		assertThat(json.get("target").asString()).isEqualTo("heads");
		assertThat(json.get("pending").get(0).get("revision").asString()).isEqualTo("bbbb00000002");
	}

	@Test
	void locationsWithoutRevisionsAreAConfigurationErrorInEveryCommand() {
		assertThat(run("upgrade").status()).isZero();
		CliRun upgrade = run(this.empty, "upgrade");
		assertThat(upgrade.status()).isEqualTo(2);
		assertThat(upgrade.err()).contains("No revision found in filesystem:" + this.empty).doesNotContain("ahead");
		CliRun current = run(this.empty, "current");
		assertThat(current.status()).isEqualTo(2);
		assertThat(current.out()).contains("State: FAILED (no-revisions)");
		CliRun typo = CliRun.of("--url", this.database.jdbcUrl(), "--user", "postgres", "--locations",
				"classpath:db/typo", "upgrade");
		assertThat(typo.status()).isEqualTo(2);
		assertThat(typo.err()).contains("classpath:db/typo");
	}

	@Test
	void logListsTheRecordedOperationsNewestFirst() {
		run("upgrade", "aaaa00000001");
		run("upgrade");
		CliRun log = run("log");
		assertThat(log.status()).as(log.err()).isZero();
		assertThat(log.out().lines().toList()).hasSize(2)
			.satisfies(lines -> assertThat(lines.get(0)).contains("upgrade bbbb00000002 SUCCESS"))
			.satisfies(lines -> assertThat(lines.get(1)).contains("upgrade aaaa00000001 SUCCESS"));
		JsonNode json = JSON.readTree(run("--json", "log").out());
		assertThat(json.get("operations")).hasSize(2);
		assertThat(json.get("operations").get(0).get("revision").asString()).isEqualTo("bbbb00000002");
		assertThat(json.get("operations").get(0).get("outcome").asString()).isEqualTo("SUCCESS");
	}

	@Test
	void resolveTakesAPrefixAndReportsWhatItDid() throws IOException {
		write("cccc00000003", "bbbb00000002", "CREATE TABLE t_three (id int);\nSELECT no_such_column FROM t_three;",
				"-- transactional: false\n");
		assertThat(run("upgrade").status()).isEqualTo(1);
		CliRun noFailure = run("resolve", "aaaa", "--applied");
		assertThat(noFailure.status()).isEqualTo(2);
		assertThat(noFailure.err()).contains("has no recorded failure").contains("'migrate log'");
		this.database.execute("DROP TABLE t_three");
		JsonNode json = JSON.readTree(run("--json", "resolve", "cccc", "--rolled-back").out());
		assertThat(json.get("operation").asString()).isEqualTo("resolve");
		assertThat(json.get("target").asString()).isEqualTo("cccc00000003");
		assertThat(json.get("state").asString()).as("cccc00000003 is still pending").isEqualTo("PENDING");
		write("cccc00000003", "bbbb00000002", "CREATE TABLE t_three (id int);", "-- transactional: false\n");
		assertThat(run("upgrade").status()).isZero();
		assertThat(run("log").out()).contains("RESOLVED");
	}

	@Test
	void rolledBackSaysItResolvedInsteadOfNothingToDo() throws IOException {
		write("cccc00000003", "bbbb00000002", "CREATE TABLE t_three (id int);\nSELECT no_such_column FROM t_three;",
				"-- transactional: false\n");
		run("upgrade");
		this.database.execute("DROP TABLE t_three");
		CliRun resolved = run("resolve", "cccc00000003", "--rolled-back");
		assertThat(resolved.status()).as(resolved.err()).isZero();
		assertThat(resolved.out()).contains("Resolved revision cccc00000003").doesNotContain("Nothing to do");
	}

	@Test
	void historyAgainstADatabaseAheadShowsTheGraphWithANote() throws IOException {
		write("dddd00000003", "bbbb00000002", "CREATE TABLE t_three (id int);", "");
		assertThat(run("upgrade").status()).isZero();
		Files.delete(this.dir.resolve("dddd00000003_step.sql"));
		CliRun history = run("history");
		assertThat(history.status()).as(history.err()).isZero();
		assertThat(history.out()).contains("the database is ahead of this code").contains("dddd00000003")
			.contains("bbbb00000002 (head), step bbbb00000002 (applied)");
	}

	@Test
	void adoptingALegacySchemaSaysItStampedAndWhere() {
		this.database.execute("CREATE TABLE legacy (id int)");
		CliRun adopt = run("--baseline", "aaaa00000001", "upgrade");
		assertThat(adopt.status()).as(adopt.err()).isZero();
		assertThat(adopt.out()).contains("Adopted the legacy schema '" + this.database.schema() + "'")
			.contains("stamped it at aaaa00000001 in " + this.database.schema() + ".migrate_version");
	}

}
