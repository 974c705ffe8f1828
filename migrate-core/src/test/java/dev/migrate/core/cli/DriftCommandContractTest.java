package dev.migrate.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.core.catalog.diff.DifferenceKind;
import dev.migrate.core.testsupport.DatabaseContractTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code drift} on each database: clean right after upgrade, every kind of difference found and
 * printed as PRODUCT.md fixes it, exit statuses 0/1/2, and no scratch schema left behind.
 */
abstract class DriftCommandContractTest extends DatabaseContractTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dir;

	/** Statements that make every kind of difference on the schema the revisions built. */
	abstract List<String> drift();

	/** The user of the test server. */
	abstract String user();

	/** The scratch schemas (databases) on the test server now. */
	abstract Set<String> scratchSchemas();

	@BeforeEach
	void writeRevisions() throws IOException {
		write("aaaa00000001", "none", """
				CREATE TABLE customers (id int primary key, email varchar(100) not null, name varchar(50), score int default 0,
				    CONSTRAINT customers_email UNIQUE (email), CONSTRAINT customers_score CHECK (score >= 0));
				CREATE INDEX customers_name ON customers (name);""");
		write("bbbb00000002", "aaaa00000001", """
				CREATE TABLE orders (id int primary key, customer_id int not null, total decimal(10,2),
				    CONSTRAINT orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE);
				CREATE TABLE notes (id int primary key, body varchar(200));
				CREATE TABLE tags (id int not null, name varchar(20));""");
	}

	void write(String id, String down, String upgrade) throws IOException {
		Files.writeString(this.dir.resolve(id + "_step.sql"), "-- revision: " + id + "\n-- down_revision: " + down
				+ "\n-- message: step " + id + "\n-- phase: expand\n\n-- migrate:upgrade\n" + upgrade + "\n");
	}

	CliRun run(String... args) {
		return CliRun.of(Stream.concat(Stream.of("--url", this.database.jdbcUrl(), "--user", user(), "--locations",
				"filesystem:" + this.dir), Stream.of(args)).toArray(String[]::new));
	}

	@Test
	void aSchemaJustUpgradedHasNoDriftAndNoScratchSchemaIsLeft() {
		assertThat(run("upgrade").status()).isZero();
		Set<String> before = scratchSchemas();
		CliRun drift = run("drift");
		assertThat(drift.status()).as(drift.err()).isZero();
		assertThat(drift.out()).contains("No drift: schema " + this.database.schema()).contains("up to bbbb00000002");
		JsonNode json = JSON.readTree(run("--json", "drift").out());
		assertThat(json.get("differences").isArray()).isTrue();
		assertThat(json.get("differences")).isEmpty();
		assertThat(scratchSchemas()).isSubsetOf(before);
	}

	@Test
	void everyKindOfDifferenceIsListedWithExitStatusOne() {
		assertThat(run("upgrade").status()).isZero();
		this.database.execute(drift().toArray(String[]::new));
		CliRun text = run("drift");
		assertThat(text.status()).as(text.err()).isEqualTo(1);
		assertThat(text.out()).contains("Drift: schema " + this.database.schema())
			.containsIgnoringCase("extra-table stray: expected none, actual table stray")
			.containsIgnoringCase("extra-column customers.phone: expected none, actual ")
			.containsIgnoringCase("column-default customers.score: expected 0, actual 5");
		CliRun json = run("--json", "drift");
		assertThat(json.status()).isEqualTo(1);
		JsonNode root = JSON.readTree(json.out());
		assertThat(names(root)).containsExactly("differences");
		Set<String> kinds = new TreeSet<>();
		for (JsonNode difference : root.get("differences")) {
			assertThat(names(difference)).containsExactly("kind", "object", "expected", "actual");
			kinds.add(difference.get("kind").asString());
			assertThat(difference.get("expected").isNull() && difference.get("actual").isNull()).isFalse();
		}
		assertThat(kinds).containsExactlyInAnyOrderElementsOf(Stream.of(DifferenceKind.values()).map(DifferenceKind::id).toList());
	}

	@Test
	void aSchemaWithoutVersionTableIsAnErrorWithExitStatusTwo() {
		CliRun drift = run("drift");
		assertThat(drift.status()).isEqualTo(2);
		assertThat(drift.err()).contains("has no version table migrate_version").contains("Run upgrade");
		JsonNode json = JSON.readTree(run("--json", "drift").out());
		assertThat(json.get("error").get("message").asString()).contains("has no version table");
	}

	@Test
	void versionRowsThisCodeDoesNotKnowAreAnError() {
		assertThat(run("upgrade").status()).isZero();
		this.database.execute("INSERT INTO " + this.database.dialect().quote("migrate_version") + " (version_num) VALUES ('cccc00000003')");
		CliRun drift = run("drift");
		assertThat(drift.status()).isEqualTo(2);
		assertThat(drift.err()).contains("does not know (cccc00000003)");
	}

	@Test
	void aRevisionThatFailsInTheScratchSchemaIsAnErrorNamingIt() throws IOException {
		// the live schema had the table before the revision ran; a fresh schema has not
		this.database.execute("CREATE TABLE legacy (id int)");
		write("cccc00000003", "bbbb00000002", "ALTER TABLE legacy ADD COLUMN note varchar(10);");
		assertThat(run("--baseline", "bbbb00000002", "upgrade").status()).isZero();
		Set<String> before = scratchSchemas();
		CliRun drift = run("drift");
		assertThat(drift.status()).isEqualTo(2);
		assertThat(drift.err()).contains("scratch schema").contains("cccc00000003");
		assertThat(scratchSchemas()).isSubsetOf(before);
	}

	static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

}
