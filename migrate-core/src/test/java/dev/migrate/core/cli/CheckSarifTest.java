package dev.migrate.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import dev.migrate.core.guard.Rule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code check --format sarif}: a SARIF 2.1.0 log that the official schema accepts, one result per finding. */
class CheckSarifTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Schema schema;

	/** Below the working directory, so that the log's paths are relative to it. */
	private Path dir;

	@BeforeAll
	static void loadSchema() throws IOException {
		try (InputStream in = CheckSarifTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
			schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
		}
	}

	@BeforeEach
	void writeRevisions() throws IOException {
		Files.createDirectories(Path.of("target"));
		this.dir = Files.createTempDirectory(Path.of("target"), "sarif-check");
		write("aaaa00000001_users.sql", """
				-- revision: aaaa00000001
				-- down_revision: none
				-- phase: expand

				-- migrate:upgrade
				CREATE TABLE users (id bigint PRIMARY KEY, email text, phone text);
				""");
		write("bbbb00000002_change.sql", """
				-- revision: bbbb00000002
				-- down_revision: aaaa00000001
				-- phase: expand

				-- migrate:upgrade
				ALTER TABLE users ADD COLUMN note text; ALTER TABLE users DROP CONSTRAINT users_pkey;
				UPDATE users SET note = '';
				  DELETE FROM users WHERE id < 0; -- migrate:allow delete-rows rows of the load test only
				""");
	}

	@AfterEach
	void deleteRevisions() throws IOException {
		try (Stream<Path> files = Files.walk(this.dir)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	private void write(String name, String text) throws IOException {
		Files.writeString(this.dir.resolve(name), text);
	}

	private CliRun check(Path location, String... args) {
		List<String> all = new ArrayList<>(List.of("--locations", "filesystem:" + location, "check"));
		all.addAll(List.of(args));
		return CliRun.of(all.toArray(String[]::new));
	}

	@Test
	void logValidatesAgainstTheSarifSchemaWithOneResultPerFinding() {
		CliRun run = check(this.dir, "--format", "sarif");
		assertThat(run.status()).as(run.err()).isEqualTo(1);
		JsonNode log = JSON.readTree(run.out());
		List<Error> errors = schema.validate(log);
		assertThat(errors).as("schema errors").isEmpty();
		JsonNode findings = JSON.readTree(check(this.dir, "--format", "json").out()).get("findings");
		JsonNode results = log.get("runs").get(0).get("results");
		assertThat(results).hasSize(findings.size()).hasSize(3);
		assertThat(log.get("version").asString()).isEqualTo("2.1.0");
	}

	@Test
	void eachResultHasItsRuleLevelAndPlaceRelativeToTheWorkingDirectory() {
		JsonNode results = JSON.readTree(check(this.dir, "--format", "sarif").out()).get("runs").get(0).get("results");
		String file = this.dir.resolve("bbbb00000002_change.sql").toString().replace('\\', '/');
		JsonNode drop = results.get(0);
		assertThat(drop.get("ruleId").asString()).isEqualTo("drop-constraint");
		assertThat(drop.get("level").asString()).isEqualTo("error");
		assertThat(drop.get("message").get("text").asString()).contains("phase: contract");
		JsonNode location = drop.get("locations").get(0).get("physicalLocation");
		assertThat(location.get("artifactLocation").get("uri").asString()).isEqualTo(file).startsWith("target/");
		assertThat(location.get("region").get("startLine").asInt()).isEqualTo(6);
		assertThat(location.get("region").get("startColumn").asInt()).isEqualTo(41);
		assertThat(drop.has("suppressions")).isFalse();
		assertThat(results.get(1).get("level").asString()).isEqualTo("warning");
		JsonNode delete = results.get(2);
		assertThat(delete.get("ruleId").asString()).isEqualTo("delete-rows");
		assertThat(delete.get("locations").get(0).get("physicalLocation").get("region").get("startColumn").asInt())
			.isEqualTo(3);
		assertThat(delete.get("suppressions").get(0).get("kind").asString()).isEqualTo("inSource");
		assertThat(delete.get("suppressions").get(0).get("justification").asString())
			.isEqualTo("rows of the load test only");
	}

	@Test
	void anAbsoluteLocationBelowTheWorkingDirectoryIsReportedRelativeToIt() {
		JsonNode results = JSON.readTree(check(this.dir.toAbsolutePath(), "--format", "sarif").out())
			.get("runs").get(0).get("results");
		assertThat(results.get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri")
			.asString()).isEqualTo(this.dir.resolve("bbbb00000002_change.sql").toString().replace('\\', '/'));
	}

	@Test
	void driverDescribesEveryRuleWithHelpAndDefaultLevel() {
		JsonNode driver = JSON.readTree(check(this.dir, "--format", "sarif").out()).get("runs").get(0).get("tool")
			.get("driver");
		assertThat(driver.get("name").asString()).isEqualTo("migrate-guard");
		JsonNode rules = driver.get("rules");
		assertThat(rules).hasSize(Rule.values().length);
		for (JsonNode rule : rules) {
			assertThat(rule.get("shortDescription").get("text").asString()).isNotBlank();
			assertThat(rule.get("fullDescription").get("text").asString()).isNotBlank();
			assertThat(rule.get("help").get("text").asString()).contains(rule.get("id").asString());
			assertThat(rule.get("defaultConfiguration").get("level").asString()).isIn("error", "warning", "note");
		}
		JsonNode results = JSON.readTree(check(this.dir, "--format", "sarif").out()).get("runs").get(0).get("results");
		for (JsonNode result : results) {
			assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asString())
				.isEqualTo(result.get("ruleId").asString());
		}
	}

	@Test
	void severalHeadsAreShownOnEachHeadsFileAndTheLogStillValidates() throws IOException {
		write("cccc00000003_other.sql", """
				-- revision: cccc00000003
				-- down_revision: aaaa00000001
				-- phase: expand

				-- migrate:upgrade
				ALTER TABLE users ADD COLUMN age int;
				""");
		CliRun run = check(this.dir, "--format", "sarif");
		assertThat(run.status()).isEqualTo(1);
		JsonNode log = JSON.readTree(run.out());
		assertThat(schema.validate(log)).isEmpty();
		JsonNode heads = null;
		for (JsonNode result : log.get("runs").get(0).get("results")) {
			if (result.get("ruleId").asString().equals("multiple-heads")) {
				heads = result;
			}
		}
		assertThat(heads).isNotNull();
		assertThat(heads.get("locations")).hasSize(2);
	}

	@Test
	void theSchemaRejectsABrokenLog() {
		ObjectNode log = (ObjectNode) JSON.readTree(check(this.dir, "--format", "sarif").out());
		((ObjectNode) log.get("runs").get(0).get("results").get(0)).put("level", "fatal");
		assertThat(schema.validate(log)).isNotEmpty();
	}

	@Test
	void aCleanGraphExitsZeroAndTheFormatsAgree() throws IOException {
		Files.delete(this.dir.resolve("bbbb00000002_change.sql"));
		CliRun sarif = check(this.dir, "--format", "sarif");
		assertThat(sarif.status()).isZero();
		assertThat(JSON.readTree(sarif.out()).get("runs").get(0).get("results")).isEmpty();
		assertThat(check(this.dir, "--format", "json").out()).isEqualTo(CliRun.of("--locations", "filesystem:" + this.dir,
				"--json", "check").out());
		assertThat(check(this.dir, "--format", "text").out()).contains("check passed.");
	}

	@Test
	void jsonWithAnotherFormatOrAnUnknownFormatIsAUsageError() {
		CliRun both = CliRun.of("--locations", "filesystem:" + this.dir, "--json", "check", "--format", "sarif");
		assertThat(both.status()).isEqualTo(2);
		assertThat(both.err()).contains("--json").contains("--format sarif");
		CliRun unknown = check(this.dir, "--format", "xml");
		assertThat(unknown.status()).isEqualTo(2);
		assertThat(unknown.err()).contains("--format");
	}

}
