package dev.migrate.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.core.testsupport.PostgresFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code migrate test}: the revision checks from the command line, their exit status and JSON. */
class TestCommandTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dir;

	private void write(String name, String text) throws IOException {
		Files.writeString(this.dir.resolve(name), text);
	}

	private void base() throws IOException {
		write("a1_people.sql", """
				-- revision: a1
				-- down_revision: none
				-- message: people
				-- phase: expand

				-- migrate:upgrade
				CREATE TABLE people (id int NOT NULL PRIMARY KEY, name varchar(50) NOT NULL, email varchar(100));

				-- migrate:downgrade
				DROP TABLE people;
				""");
	}

	@Test
	void cleanRevisionsPassOnTheServerOfUrlAndItsOwnSchemaIsNotTouched() throws IOException {
		base();
		try (PostgresFixture database = new PostgresFixture()) {
			CliRun run = CliRun.of("--locations", "filesystem:" + this.dir, "--url", database.jdbcUrl(), "--user",
					"postgres", "test");
			assertThat(run.status()).as(run.out() + run.err()).isZero();
			assertThat(run.out()).contains("PASS up-down-up a1", "SKIP entities-match", "0 failed");
			assertThat(new dev.migrate.core.dialect.DatabaseCatalog(database.dialect())
				.tableNames(database.dataSource().getConnection(), database.schema())).isEmpty();
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void aWrongDowngradeExitsWithOneAndJsonNamesTheCheckRevisionFileAndFinding() throws IOException {
		base();
		write("b2_forgets.sql", """
				-- revision: b2
				-- down_revision: a1
				-- message: email index
				-- phase: expand

				-- migrate:upgrade
				CREATE INDEX people_email ON people (email);

				-- migrate:downgrade
				SELECT 1;
				""");
		CliRun run = CliRun.of("--locations", "filesystem:" + this.dir, "--json", "test", "--dev-url",
				"jdbc:h2:mem:test_command");

		assertThat(run.status()).as(run.out() + run.err()).isEqualTo(1);
		JsonNode json = JSON.readTree(run.out());
		assertThat(json.get("failed").asInt()).isEqualTo(1);
		JsonNode failed = null;
		for (JsonNode check : json.get("checks")) {
			if (check.get("outcome").asString().equals("failed")) {
				failed = check;
			}
		}
		assertThat(failed).isNotNull();
		assertThat(failed.get("check").asString()).isEqualTo("up-down-up");
		assertThat(failed.get("revision").asString()).isEqualTo("b2");
		assertThat(failed.get("file").asString()).endsWith("b2_forgets.sql");
		assertThat(failed.get("findings").get(0).asString()).startsWith("extra-index")
			.containsIgnoringCase("people.people_email");
	}

	@Test
	void withoutAServerOrWithABrokenGraphItExitsWithTwo() throws IOException {
		base();
		CliRun noServer = CliRun.of("--locations", "filesystem:" + this.dir, "test");
		assertThat(noServer.status()).isEqualTo(2);
		assertThat(noServer.err()).contains("--dev-url");

		CliRun unreachable = CliRun.of("--locations", "filesystem:" + this.dir, "--password", "s3cret-pass", "test",
				"--dev-url", "jdbc:postgresql://127.0.0.1:1/test?user=nobody&password=hunter2-in-url");
		assertThat(unreachable.status()).isEqualTo(2);
		assertThat(unreachable.err()).contains("Cannot connect to the server for the scratch schemas");
		assertThat(unreachable.out() + unreachable.err()).doesNotContain("hunter2-in-url", "s3cret-pass");

		write("c2_orphan.sql", "-- revision: c2\n-- down_revision: nowhere\n\n-- migrate:upgrade\nSELECT 1;\n");
		CliRun broken = CliRun.of("--locations", "filesystem:" + this.dir, "test", "--dev-url", "jdbc:h2:mem:broken");
		assertThat(broken.status()).isEqualTo(2);
		assertThat(broken.out()).contains("FAIL single-head", "nowhere", "SKIP upgrade");
	}

}
