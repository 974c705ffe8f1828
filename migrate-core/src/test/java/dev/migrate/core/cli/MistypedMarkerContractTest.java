package dev.migrate.core.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.core.testsupport.DatabaseContractTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, defect 1, as a user meets it: a revision whose downgrade marker is mistyped used to
 * upgrade with exit 0 and run the downgrade too. Now {@code upgrade} refuses it, naming file and
 * line, and runs nothing; once the marker is written right, the upgrade does what it says.
 */
abstract class MistypedMarkerContractTest extends DatabaseContractTest {

	@TempDir
	Path dir;

	/** The user the command line connects as. */
	protected abstract String user();

	/** The mistyped markers tried on this database, besides the ones every database gets. */
	protected abstract List<String> dialectMarkers();

	private CliRun run(String... args) {
		return CliRun.of(Stream.concat(Stream.of("--url", this.database.jdbcUrl(), "--user", user(), "--locations",
				"filesystem:" + this.dir), Stream.of(args)).toArray(String[]::new));
	}

	private static String phoneRevision(String downgradeMarker) {
		return """
				-- revision: bbbb00000002
				-- down_revision: aaaa00000001
				-- phase: expand

				-- migrate:upgrade
				ALTER TABLE fz_base ADD COLUMN phone varchar(20);

				%s
				ALTER TABLE fz_base DROP COLUMN phone;
				""".formatted(downgradeMarker);
	}

	@Test
	void upgradeRefusesAMistypedMarkerNamingFileAndLineAndRunsNothing() throws IOException, SQLException {
		Files.writeString(this.dir.resolve("aaaa00000001_base.sql"), """
				-- revision: aaaa00000001
				-- down_revision: none
				-- phase: expand

				-- migrate:upgrade
				CREATE TABLE fz_base (id int primary key);

				-- migrate:downgrade
				DROP TABLE fz_base;
				""");
		assertThat(run("upgrade").status()).isZero();
		Path file = this.dir.resolve("bbbb00000002_phone.sql");
		List<String> markers = new ArrayList<>(List.of("-- migrate: downgrade", "-- migrate:downgrade  -- revert",
				"-- migrate:down", "/* migrate:downgrade */", "-- migrate:downgrade:", "--migrate :downgrade",
				"-- MIGRATE: DOWNGRADE"));
		markers.addAll(dialectMarkers());
		for (String marker : markers) {
			Files.writeString(file, phoneRevision(marker));

			CliRun upgrade = run("upgrade");

			assertThat(upgrade.status()).as(marker).isEqualTo(2);
			assertThat(upgrade.err()).as(marker).contains(file + ":8: '" + marker + "'")
				.contains("'-- migrate:upgrade', '-- migrate:downgrade' or '-- migrate:allow <rule> <reason>'");
			assertThat(hasPhone()).as(marker).isFalse();
			assertThat(versions()).as(marker).containsExactly("aaaa00000001");
		}
		Files.writeString(file, phoneRevision("-- migrate:downgrade"));
		CliRun upgrade = run("upgrade");
		assertThat(upgrade.status()).as(upgrade.err()).isZero();
		assertThat(hasPhone()).isTrue();
	}

	@Test
	void aFreshTemplateAppliesAsANoOpWithAWarning() {
		CliRun revision = run("revision", "-m", "first");
		assertThat(revision.status()).as(revision.err()).isZero();

		CliRun upgrade = run("upgrade");

		assertThat(upgrade.status()).as(upgrade.err()).isZero();
		assertThat(upgrade.out() + upgrade.err()).contains("empty-upgrade");
		assertThat(run("current").out()).contains("(head)");
	}

	private List<String> versions() throws SQLException {
		List<String> versions = new ArrayList<>();
		try (Connection connection = this.database.connection();
				ResultSet result = connection.createStatement().executeQuery("SELECT version_num FROM migrate_version")) {
			while (result.next()) {
				versions.add(result.getString(1));
			}
		}
		return versions;
	}

	private boolean hasPhone() throws SQLException {
		try (Connection connection = this.database.connection();
				PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM information_schema.columns "
						+ "WHERE table_schema = ? AND lower(table_name) = 'fz_base' AND lower(column_name) = 'phone'")) {
			query.setString(1, this.database.schema());
			try (ResultSet result = query.executeQuery()) {
				result.next();
				return result.getInt(1) == 1;
			}
		}
	}

}
