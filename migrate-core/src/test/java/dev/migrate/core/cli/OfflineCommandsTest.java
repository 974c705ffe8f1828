package dev.migrate.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OfflineCommandsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dir;

	private String locations;

	@BeforeEach
	void writeRevisions() throws IOException {
		write("aaaa00000001_create_users.sql", """
				-- revision: aaaa00000001
				-- down_revision: none
				-- message: create users
				-- phase: expand

				-- migrate:upgrade
				CREATE TABLE users (id int primary key);

				-- migrate:downgrade
				DROP TABLE users;
				""");
		write("accounts/bbbb00000002_add_phone.sql", """
				-- revision: bbbb00000002
				-- down_revision: aaaa00000001
				-- message: add phone
				-- phase: expand
				-- branch_labels: accounts

				-- migrate:upgrade
				ALTER TABLE users ADD COLUMN phone varchar(20);
				""");
		write("cccc00000003_add_orders.sql", """
				-- revision: cccc00000003
				-- down_revision: aaaa00000001
				-- message: add orders

				-- migrate:upgrade
				CREATE TABLE orders (id int primary key);

				-- migrate:downgrade
				DROP TABLE orders;
				""");
		this.locations = "filesystem:" + this.dir;
	}

	private void write(String name, String text) throws IOException {
		Path file = this.dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	private CliRun run(String... args) {
		String[] all = Stream.concat(Stream.of("--locations", this.locations), Stream.of(args)).toArray(String[]::new);
		return CliRun.of(all);
	}

	@Test
	void headsListsEveryHeadWithLabelsAndMessages() {
		CliRun run = run("heads");
		assertThat(run.status()).isZero();
		assertThat(run.out().lines()).containsExactly("bbbb00000002 (accounts) (head), add phone",
				"cccc00000003 (head), add orders");
	}

	@Test
	void headsAsJson() {
		CliRun run = run("heads", "--json");
		assertThat(run.status()).isZero();
		JsonNode heads = JSON.readTree(run.out()).get("heads");
		assertThat(heads).hasSize(2);
		assertThat(heads.get(0).get("revision").asString()).isEqualTo("bbbb00000002");
		assertThat(heads.get(0).get("branchLabels").get(0).asString()).isEqualTo("accounts");
		assertThat(heads.get(0).get("reversible").asBoolean()).isFalse();
	}

	@Test
	void historyIsNewestFirstWithBranchPointsMarked() {
		CliRun run = run("history");
		assertThat(run.out().lines()).containsExactly("aaaa00000001 -> cccc00000003 (head), add orders",
				"aaaa00000001 -> bbbb00000002 (accounts) (head), add phone",
				"<base> -> aaaa00000001 (branchpoint), create users");
	}

	@Test
	void branchesShowsEachBranchPointAndItsChildren() {
		CliRun run = run("branches");
		assertThat(run.out().lines()).containsExactly("aaaa00000001 (branchpoint), create users",
				"    -> bbbb00000002 (accounts) (head), add phone", "    -> cccc00000003 (head), add orders");
	}

	@Test
	void showResolvesPrefixesAndLabels() {
		CliRun run = run("show", "accounts");
		assertThat(run.status()).isZero();
		assertThat(run.out()).contains("Revision:       bbbb00000002 (accounts) (head)")
			.contains("Reversible:     false")
			.contains("ALTER TABLE users ADD COLUMN phone varchar(20);");
		JsonNode json = JSON.readTree(run("show", "cccc", "--json").out());
		assertThat(json.get("revision").get("revision").asString()).isEqualTo("cccc00000003");
		assertThat(json.get("checksum").asString()).hasSize(64);
	}

	@Test
	void showOfAnAmbiguousTargetFailsWithStatusTwo() {
		CliRun run = run("show", "head");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("needs a single head").contains("bbbb00000002, cccc00000003");
	}

	@Test
	void errorsAsJsonCarryTheCode() {
		CliRun run = run("--json", "show", "zzzz");
		assertThat(run.status()).isEqualTo(2);
		assertThat(JSON.readTree(run.out()).get("error").get("code").asString()).isEqualTo("INVALID_TARGET");
	}

	@Test
	void brokenFileIsReportedWithFileAndLine() throws IOException {
		write("dddd00000004_bad.sql", """
				-- revision: dddd00000004
				-- down_revision: cccc00000003
				-- phasee: expand

				-- migrate:upgrade
				SELECT 1;
				""");
		CliRun run = run("heads");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("dddd00000004_bad.sql:3").contains("unknown header key 'phasee'");
	}

	@Test
	void revisionOnAScopedHeadWritesAFileThatJoinsTheGraph() throws IOException {
		CliRun run = run("revision", "-m", "Add e-mail to users!", "--head", "accounts@head", "--json");
		assertThat(run.status()).as(run.err()).isZero();
		JsonNode json = JSON.readTree(run.out());
		String id = json.get("revision").asString();
		assertThat(id).matches("[0-9a-f]{12}");
		Path file = Path.of(json.get("file").asString());
		assertThat(file.getFileName().toString()).isEqualTo(id + "_add_e_mail_to_users.sql");
		assertThat(Files.readString(file)).contains("-- down_revision: bbbb00000002").contains("-- phase: expand");
		CliRun before = run("heads");
		assertThat(before.status()).as("the template loads before its SQL is written: " + before.err()).isZero();
		assertThat(before.out()).contains(id + " (head), Add e-mail to users!");
		Files.writeString(file, Files.readString(file).replace("-- migrate:upgrade\n",
				"-- migrate:upgrade\nALTER TABLE users ADD COLUMN email varchar(200);\n"));
		assertThat(run("heads").out()).contains(id + " (head), Add e-mail to users!");
	}

	@Test
	void revisionOnHeadWithSeveralHeadsSuggestsMerge() {
		CliRun run = run("revision", "-m", "next");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("migrate merge -m");
	}

	@Test
	void mergeOfHeadsLeavesOneHead() {
		CliRun run = run("merge", "-m", "join accounts and orders", "heads");
		assertThat(run.status()).as(run.err()).isZero();
		List<String> heads = run("heads").out().lines().toList();
		assertThat(heads).hasSize(1);
		assertThat(heads.get(0)).endsWith("(head) (mergepoint), join accounts and orders");
		assertThat(run("history").out().lines().findFirst().orElseThrow())
			.startsWith("bbbb00000002, cccc00000003 -> ")
			.contains("(mergepoint)");
	}

	@Test
	void mergeOfRevisionsOnOneLineIsRefused() {
		CliRun run = run("merge", "-m", "pointless", "aaaa", "bbbb");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("already a down_revision ancestor");
	}

	@Test
	void revisionInAnEmptyFolderWritesTheFirstBaseRevision() throws IOException {
		Path empty = Files.createDirectories(this.dir.resolve("empty"));
		String location = "filesystem:" + empty;
		CliRun run = CliRun.of("--locations", location, "revision", "-m", "x");
		assertThat(run.status()).as(run.err()).isZero();
		try (Stream<Path> files = Files.list(empty)) {
			List<Path> written = files.toList();
			assertThat(written).hasSize(1);
			assertThat(Files.readString(written.get(0))).contains("-- down_revision: none");
		}
		CliRun next = CliRun.of("--locations", location, "revision", "-m", "y");
		assertThat(next.status()).as("the template loads, so the next revision builds on it: " + next.err()).isZero();
		CliRun heads = CliRun.of("--locations", location, "heads");
		assertThat(heads.out().lines()).singleElement().asString().endsWith("(head), y");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = { "--branch-label|bad label|invalid id 'bad label' in --branch-label",
			"--depends-on|nonexist|--depends-on 'nonexist' names no revision id or branch label",
			"--branch-label|aaaa00000001|Branch label 'aaaa00000001'",
			"--branch-label|accounts|Branch label 'accounts' is declared by both",
			"--branch-label|head|'head' in --branch-label is a reserved word",
			"--branch-label|none|'none' in --branch-label is a reserved word",
			"--rev-id|heads|'heads' in --rev-id is a reserved word",
			"--rev-id|base|'base' in --rev-id is a reserved word",
			"--rev-id|bbbb00000002|--rev-id 'bbbb00000002' is already the id of", "--rev-id|no-dash|invalid id 'no-dash' in --rev-id" })
	void revisionRefusesWhatWouldBreakTheGraphAndWritesNothing(String option, String value, String problem)
			throws IOException {
		List<Path> before = files();
		CliRun run = run("revision", "-m", "y", "--head", "cccc00000003", option, value);
		assertThat(run.status()).as(run.out()).isEqualTo(2);
		assertThat(run.err()).contains("Nothing written").contains(problem);
		assertThat(files()).isEqualTo(before);
		assertThat(run("heads").status()).isZero();
	}

	@Test
	void revisionWithAGivenIdWritesThatId() {
		CliRun run = run("revision", "-m", "y", "--head", "cccc00000003", "--rev-id", "dddd00000004");
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run("show", "dddd00000004").status()).isZero();
	}

	@Test
	void mergeThatCheckSuggestsWorksAsPrintedWhenOneHeadDependsOnTheOther() throws IOException {
		Path folder = Files.createDirectories(this.dir.resolve("depends"));
		Files.writeString(folder.resolve("aaaa00000001_base.sql"), "-- revision: aaaa00000001\n-- down_revision: none\n"
				+ "-- phase: expand\n-- migrate:upgrade\nCREATE TABLE base (id int);\n");
		Files.writeString(folder.resolve("096061ba7c2e_orders.sql"), "-- revision: 096061ba7c2e\n"
				+ "-- down_revision: aaaa00000001\n-- branch_labels: orders\n-- phase: expand\n-- migrate:upgrade\n"
				+ "CREATE TABLE orders (id int);\n");
		Files.writeString(folder.resolve("6faba1378813_items.sql"), "-- revision: 6faba1378813\n"
				+ "-- down_revision: aaaa00000001\n-- depends_on: orders\n-- phase: expand\n-- migrate:upgrade\n"
				+ "CREATE TABLE items (id int);\n");
		String location = "filesystem:" + folder;
		CliRun check = CliRun.of("--locations", location, "check");
		assertThat(check.status()).isEqualTo(1);
		Matcher suggested = Pattern.compile("migrate (merge -m \"([^\"]*)\" ([0-9a-f ]+))").matcher(check.out());
		assertThat(suggested.find()).as(check.out()).isTrue();
		assertThat(suggested.group(3).strip().split(" ")).containsExactlyInAnyOrder("096061ba7c2e", "6faba1378813");

		List<String> args = new ArrayList<>(List.of("--locations", location, "merge", "-m", suggested.group(2)));
		args.addAll(List.of(suggested.group(3).strip().split(" ")));
		CliRun merge = CliRun.of(args.toArray(String[]::new));

		assertThat(merge.status()).as(merge.err()).isZero();
		assertThat(CliRun.of("--locations", location, "heads").out().lines()).singleElement().asString()
			.contains("(head) (mergepoint)");
		assertThat(CliRun.of("--locations", location, "check").status()).isZero();
	}

	private List<Path> files() throws IOException {
		try (Stream<Path> files = Files.walk(this.dir)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

	@Test
	void unknownLocationPrefixIsAUsageError() {
		CliRun run = CliRun.of("--locations", "file:/tmp/x", "heads");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("unknown prefix");
	}

	@Test
	void vendorInLocationsComesFromTheDialectOrTheUrl() throws IOException {
		write("sets/h2/e100_h2.sql", "-- revision: e100\n-- down_revision: none\n-- migrate:upgrade\nSELECT 1;\n");
		write("sets/mysql/e200_mysql.sql", "-- revision: e200\n-- down_revision: none\n-- migrate:upgrade\nSELECT 1;\n");
		String location = "filesystem:" + this.dir.resolve("sets") + "/{vendor}";
		assertThat(CliRun.of("--locations", location, "--dialect", "h2", "heads").out()).contains("e100")
			.doesNotContain("e200");
		assertThat(CliRun.of("--locations", location, "--url", "jdbc:mysql://db.invalid/app", "heads").out())
			.contains("e200")
			.doesNotContain("e100");
		CliRun unknown = CliRun.of("--locations", location, "--url", "jdbc:oracle:thin:@x:1521", "heads");
		assertThat(unknown.status()).isEqualTo(2);
		assertThat(unknown.err()).contains("Cannot resolve {vendor} for the JDBC URL 'jdbc:oracle:...'");
	}

	@Test
	void vendorFoldersUnderALocationAreReadOnlyForTheirVendor() throws IOException {
		write("postgresql/f100_pg.sql", "-- revision: f100\n-- down_revision: cccc00000003\n-- migrate:upgrade\nSELECT 1;\n");
		write("h2/f100_h2.sql", "-- revision: f100\n-- down_revision: cccc00000003\n-- migrate:upgrade\nSELECT 2;\n");
		CliRun postgres = run("show", "f100");
		assertThat(postgres.status()).as(postgres.err()).isZero();
		assertThat(postgres.out()).contains("postgresql/f100_pg.sql");
		assertThat(run("--dialect", "h2", "show", "f100").out()).contains("h2/f100_h2.sql");
	}

}
