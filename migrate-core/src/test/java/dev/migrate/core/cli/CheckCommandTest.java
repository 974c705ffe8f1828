package dev.migrate.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CheckCommandTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dir;

	@BeforeEach
	void writeBase() throws IOException {
		write("aaaa00000001_create_users.sql", """
				-- revision: aaaa00000001
				-- down_revision: none
				-- message: create users
				-- phase: expand

				-- migrate:upgrade
				CREATE TABLE users (id bigint PRIMARY KEY, email text, phone text);
				CREATE INDEX users_email_idx ON users (email);

				-- migrate:downgrade
				DROP TABLE users;
				""");
	}

	private void write(String name, String text) throws IOException {
		Files.writeString(this.dir.resolve(name), text);
	}

	private void writeRevision(String id, String parent, String phase, String upgrade) throws IOException {
		write(id + "_change.sql", "-- revision: " + id + "\n-- down_revision: " + parent + "\n"
				+ ((phase != null) ? "-- phase: " + phase + "\n" : "") + "\n-- migrate:upgrade\n" + upgrade);
	}

	private CliRun run(String... args) {
		String[] all = Stream.concat(Stream.of("--locations", "filesystem:" + this.dir), Stream.of(args))
			.toArray(String[]::new);
		return CliRun.of(all);
	}

	@Test
	void cleanGraphExitsZero() {
		CliRun run = run("check");
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).startsWith("Checked 1 revision for postgresql; head: aaaa00000001")
			.contains("No findings.")
			.endsWith("check passed.\n");
	}

	@Test
	void warningsAndInfoDoNotBlock() throws IOException {
		writeRevision("bbbb00000002", "aaaa00000001", "migrate", "UPDATE users SET email = lower(email);\n");
		writeRevision("cccc00000003", "bbbb00000002", "contract", "ALTER TABLE users DROP COLUMN phone;\n");
		CliRun run = run("check");
		assertThat(run.status()).as(run.out()).isZero();
		assertThat(run.out()).contains("warning [update-all-rows]").contains("info [drop-column]")
			.contains("0 blocking.");
	}

	@Test
	void blockingFindingExitsOneWithFileLineRuleAndRecipe() throws IOException {
		writeRevision("bbbb00000002", "aaaa00000001", "expand", "SELECT 1;\nALTER TABLE users DROP COLUMN phone;\n");
		CliRun run = run("check");
		assertThat(run.status()).isEqualTo(1);
		Path file = this.dir.resolve("bbbb00000002_change.sql");
		assertThat(run.out()).contains("Revision bbbb00000002 (" + file + ")")
			.contains(file + ":7: error [drop-column] ALTER TABLE users DROP COLUMN phone")
			.contains("phase: contract")
			.contains("check failed");
	}

	@Test
	void jsonHasExactlyFindingsAndHeads() throws IOException {
		writeRevision("bbbb00000002", "aaaa00000001", "expand", """
				ALTER TABLE users DROP COLUMN phone;
				DROP TABLE audit; -- migrate:allow drop-table never used, see ticket 7
				""");
		CliRun run = run("check", "--json");
		assertThat(run.status()).isEqualTo(1);
		JsonNode json = JSON.readTree(run.out());
		assertThat(fieldNames(json)).containsExactly("findings", "heads");
		assertThat(json.get("heads")).hasSize(1);
		assertThat(json.get("heads").get(0).asString()).isEqualTo("bbbb00000002");
		JsonNode findings = json.get("findings");
		assertThat(findings).hasSize(2);
		JsonNode drop = findings.get(0);
		assertThat(fieldNames(drop)).containsExactly("rule", "severity", "revision", "file", "line", "statement",
				"message", "suppressed");
		assertThat(drop.get("rule").asString()).isEqualTo("drop-column");
		assertThat(drop.get("severity").asString()).isEqualTo("error");
		assertThat(drop.get("revision").asString()).isEqualTo("bbbb00000002");
		assertThat(drop.get("file").asString()).endsWith("bbbb00000002_change.sql");
		assertThat(drop.get("line").asInt()).isEqualTo(6);
		assertThat(drop.get("statement").asString()).isEqualTo("ALTER TABLE users DROP COLUMN phone");
		assertThat(drop.get("suppressed").asBoolean()).isFalse();
		JsonNode accepted = findings.get(1);
		assertThat(fieldNames(accepted)).containsExactly("rule", "severity", "revision", "file", "line", "statement",
				"message", "suppressed", "reason");
		assertThat(accepted.get("suppressed").asBoolean()).isTrue();
		assertThat(accepted.get("reason").asString()).isEqualTo("never used, see ticket 7");
	}

	@Test
	void jsonOfACleanGraphHasNoFindings() {
		CliRun run = run("--json", "check");
		assertThat(run.status()).isZero();
		JsonNode json = JSON.readTree(run.out());
		assertThat(json.get("findings")).isEmpty();
		assertThat(json.get("heads").get(0).asString()).isEqualTo("aaaa00000001");
	}

	@Test
	void severalHeadsFailNamingThemAndSuggestingMerge() throws IOException {
		writeRevision("bbbb00000002", "aaaa00000001", "expand", "ALTER TABLE users ADD COLUMN a text;\n");
		writeRevision("cccc00000003", "aaaa00000001", "expand", "ALTER TABLE users ADD COLUMN b text;\n");
		CliRun text = run("check");
		assertThat(text.status()).isEqualTo(1);
		assertThat(text.out()).contains("heads: bbbb00000002, cccc00000003")
			.contains("error [multiple-heads]")
			.contains("migrate merge -m \"<message>\" bbbb00000002 cccc00000003");
		JsonNode json = JSON.readTree(run("check", "--json").out());
		assertThat(json.get("heads")).hasSize(2);
		JsonNode finding = json.get("findings").get(0);
		assertThat(finding.get("rule").asString()).isEqualTo("multiple-heads");
		assertThat(finding.get("severity").asString()).isEqualTo("error");
		assertThat(finding.get("message").asString()).contains("bbbb00000002, cccc00000003");
	}

	@Test
	void dialectChangesWhatBlocks() throws IOException {
		writeRevision("bbbb00000002", "aaaa00000001", "expand", "CREATE INDEX users_phone_idx ON users (phone);\n");
		assertThat(run("check").status()).isEqualTo(1);
		CliRun mariadb = run("--dialect", "mariadb", "check");
		assertThat(mariadb.status()).isZero();
		assertThat(mariadb.out()).contains("for mariadb").contains("warning [create-index-blocking]")
			.contains("LOCK=NONE");
		assertThat(run("--url", "jdbc:h2:mem:test", "check").out()).contains("for h2").contains("No findings.");
	}

	@Test
	void unknownDialectIsAUsageError() {
		CliRun run = run("--dialect", "oracle", "check");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("Unknown dialect 'oracle'");
	}

	@Test
	void unreadableRevisionIsAnInputError() throws IOException {
		writeRevision("bbbb00000002", "aaaa00000001", "expand", "SELECT 1;\nSELECT 'unterminated;\n");
		CliRun run = run("check", "--json");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("bbbb00000002_change.sql:7: ").contains("Unterminated string literal");
		assertThat(JSON.readTree(run.out()).get("error").get("code").asString()).isEqualTo("INVALID_REVISION");
		write("dddd00000004_bad.sql", "-- revision: dddd00000004\n-- phase: later\n");
		assertThat(run("check").status()).isEqualTo(2);
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

}
