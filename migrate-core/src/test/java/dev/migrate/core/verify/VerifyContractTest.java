package dev.migrate.core.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Location;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.RevisionLoader;
import dev.migrate.core.testsupport.DatabaseContractTest;

/**
 * The built-in checks on a real database: a clean graph passes everything (its irreversible
 * revision skipped with the reason), and each check fails for its own reason, naming the revision
 * and its file.
 */
abstract class VerifyContractTest extends DatabaseContractTest {

	@TempDir
	Path dir;

	final List<String> created = new ArrayList<>();

	static final String BASE = """
			-- revision: a1
			-- down_revision: none
			-- message: people
			-- phase: expand

			-- migrate:upgrade
			CREATE TABLE people (id int NOT NULL PRIMARY KEY, name varchar(50) NOT NULL, email varchar(100));
			CREATE INDEX people_name ON people (name);

			-- migrate:downgrade
			DROP TABLE people;
			""";

	@Test
	void aCleanGraphPassesEveryCheckAndAnIrreversibleRevisionIsReportedAsSuch() throws IOException {
		write("a1_people.sql", BASE);
		write("a2_phone.sql", revision("a2", "a1", "ALTER TABLE people ADD COLUMN phone varchar(20);\n"
				+ "-- migrate:allow create-index-blocking a small table\nCREATE INDEX people_phone ON people (phone);",
				"DROP INDEX people_phone" + dropIndexSuffix() + ";\nALTER TABLE people DROP COLUMN phone;"));
		write("a3_pets.sql", revision("a3", "a2", "CREATE TABLE pets (id int NOT NULL PRIMARY KEY, owner_id int "
				+ "REFERENCES people (id));", null));
		seed("a2", "INSERT INTO people (id, name) VALUES (1, 'Ada');\nINSERT INTO people (id, name) VALUES (2, 'Grace');");

		List<CheckResult> results = verifier().all();

		assertThat(results).filteredOn(CheckResult::failed).as("failed checks").isEmpty();
		assertThat(results).filteredOn(result -> result.check() == Check.UP_DOWN_UP)
			.extracting(CheckResult::revision, CheckResult::outcome)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("a1", Outcome.PASSED),
					org.assertj.core.groups.Tuple.tuple("a2", Outcome.PASSED),
					org.assertj.core.groups.Tuple.tuple("a3", Outcome.SKIPPED));
		assertThat(only(results, Check.UP_DOWN_UP, "a3").message()).contains("irreversible", "a3_pets.sql",
				"no '-- migrate:downgrade' section");
		assertThat(only(results, Check.DATA_SURVIVES, "a2").outcome()).isEqualTo(Outcome.PASSED);
		assertThat(only(results, Check.ENTITIES, null).outcome()).isEqualTo(Outcome.SKIPPED);
		assertThat(this.created).as("scratch schemas used").isNotEmpty();
		assertThat(leftoverScratchSchemas()).as("scratch schemas left behind").isEmpty();
	}

	@Test
	void aDowngradeThatForgetsAnIndexFailsUpDownUpNamingTheIndexAndTheFile() throws IOException {
		write("a1_people.sql", BASE);
		write("b2_forgets.sql", revision("b2", "a1", "CREATE INDEX people_email ON people (email);", "SELECT 1;"));

		CheckResult result = only(verifier().all(), Check.UP_DOWN_UP, "b2");

		assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(result.message()).contains("b2", "b2_forgets.sql", "downgrade does not restore");
		assertThat(result.findings()).singleElement().asString().startsWith("extra-index")
			.containsIgnoringCase("people.people_email").containsIgnoringCase("(email)");
	}

	@Test
	void aDowngradeThatDropsADifferentColumnFailsUpDownUp() throws IOException {
		write("a1_people.sql", BASE);
		write("c2_wrong.sql", revision("c2", "a1", "ALTER TABLE people ADD COLUMN phone varchar(20);",
				"ALTER TABLE people DROP COLUMN email;"));

		CheckResult result = only(verifier().all(), Check.UP_DOWN_UP, "c2");

		assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(String.join("\n", result.findings())).containsIgnoringCase("people.email")
			.containsIgnoringCase("people.phone");
	}

	@Test
	void twoHeadsAGuardFindingLostDataAndAFailingUpgradeEachFailTheirCheck() throws IOException {
		write("a1_people.sql", BASE);
		write("d2_drop.sql", revision("d2", "a1", "ALTER TABLE people DROP COLUMN email;",
				"ALTER TABLE people ADD COLUMN email varchar(100);", "expand"));
		write("d3_wipe.sql", revision("d3", "a1", "-- migrate:allow delete-all-rows the seed is test data\nDELETE FROM people;\n-- migrate:allow drop-column reviewed\n"
				+ "ALTER TABLE people DROP COLUMN name;", "ALTER TABLE people ADD COLUMN name varchar(50);", "expand"));
		write("d4_broken.sql", revision("d4", "d3", "ALTER TABLE no_such_table ADD COLUMN x int;", "SELECT 1;"));
		seed("d3", "INSERT INTO people (id, name) VALUES (1, 'Ada');");

		RevisionVerifier verifier = verifier();
		List<CheckResult> results = verifier.all();

		CheckResult heads = only(results, Check.SINGLE_HEAD, null);
		assertThat(heads.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(heads.message()).contains("2 heads", "migrate merge");
		assertThat(heads.findings()).anyMatch(line -> line.contains("d2") && line.contains("d2_drop.sql"));
		assertThat(verifier(List.of("d4", "d2")).singleHead().outcome()).isEqualTo(Outcome.PASSED);
		assertThat(verifier(List.of("d4")).singleHead().message()).contains("[d2, d4]", "[d4]");

		CheckResult guard = only(results, Check.GUARD, "d2");
		assertThat(guard.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(guard.findings()).singleElement().asString().contains("d2_drop.sql:7", "[drop-column]");
		CheckResult accepted = only(results, Check.GUARD, "d3");
		assertThat(accepted.outcome()).as(accepted.describe()).isEqualTo(Outcome.PASSED);
		assertThat(accepted.message()).contains("2 accepted by allow");

		CheckResult data = only(results, Check.DATA_SURVIVES, "d3");
		assertThat(data.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(data.findings()).singleElement().asString().contains("people", "1 row(s) seeded, 0 left");

		CheckResult upgrade = only(results, Check.UPGRADE, "d4");
		assertThat(upgrade.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(upgrade.file()).endsWith("d4_broken.sql");
		assertThat(upgrade.message()).containsIgnoringCase("no_such_table");
		assertThat(leftoverScratchSchemas()).isEmpty();
	}

	/** What follows {@code DROP INDEX name} on this database (MariaDB names the table). */
	protected String dropIndexSuffix() {
		return "";
	}

	/** The scratch schemas this test's checks created that are still on the server: none once they are done. */
	List<String> leftoverScratchSchemas() {
		List<String> left = new ArrayList<>();
		try (Connection connection = this.database.connection();
				PreparedStatement statement = connection
					.prepareStatement("SELECT schema_name FROM information_schema.schemata WHERE schema_name = ?")) {
			for (String schema : this.created) {
				if (this.database.dialect().name().equals("h2")) {
					// an in-memory database of its own, shut down on close: nothing on this one's server
					continue;
				}
				statement.setString(1, schema);
				try (ResultSet rows = statement.executeQuery()) {
					if (rows.next()) {
						left.add(schema);
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return left;
	}

	RevisionVerifier verifier() {
		return verifier(List.of());
	}

	RevisionVerifier verifier(List<String> expectedHeads) {
		RevisionGraph graph = RevisionGraph.of(loadRevisions());
		CatalogScratchSpace server = new CatalogScratchSpace(this.database.dataSource());
		ScratchSpace recording = () -> {
			ScratchSpace.Scratch scratch = server.create();
			this.created.add(scratch.schema());
			return scratch;
		};
		return new RevisionVerifier(() -> graph, recording, this.database.dialect(), VerifySettings.defaults()
			.withExpectedHeads(expectedHeads)
			.withSeeds(SeedSource.directory(this.dir.resolve("seeds"))));
	}

	private List<Revision> loadRevisions() {
		return new RevisionLoader(getClass().getClassLoader())
			.load(List.of(Location.parse("filesystem:" + this.dir.resolve("revisions"))));
	}

	static String revision(String id, String parent, String upgrade, String downgrade) {
		return revision(id, parent, upgrade, downgrade, "expand");
	}

	static String revision(String id, String parent, String upgrade, String downgrade, String phase) {
		return "-- revision: " + id + "\n-- down_revision: " + parent + "\n-- message: " + id + "\n-- phase: " + phase
				+ "\n\n-- migrate:upgrade\n" + upgrade + "\n" + ((downgrade != null) ? "\n-- migrate:downgrade\n" + downgrade
						+ "\n" : "");
	}

	void write(String name, String text) throws IOException {
		Files.createDirectories(this.dir.resolve("revisions"));
		Files.writeString(this.dir.resolve("revisions").resolve(name), text);
	}

	void seed(String revision, String sql) throws IOException {
		Files.createDirectories(this.dir.resolve("seeds"));
		Files.writeString(this.dir.resolve("seeds").resolve(revision + ".seed.sql"), sql);
	}

	static CheckResult only(List<CheckResult> results, Check check, String revision) {
		return results.stream()
			.filter(result -> result.check() == check && java.util.Objects.equals(result.revision(), revision))
			.reduce((a, b) -> {
				throw new AssertionError("two results for " + check + " " + revision);
			})
			.orElseThrow(() -> new AssertionError("no result for " + check + " " + revision + " in " + results));
	}

}
