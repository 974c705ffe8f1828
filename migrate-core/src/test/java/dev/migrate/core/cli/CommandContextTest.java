package dev.migrate.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Location;
import dev.migrate.core.revision.RevisionLoader;
import dev.migrate.core.testsupport.H2Fixture;

/** The command line run against what an application supplies instead of --url and the options. */
class CommandContextTest {

	@TempDir
	Path dir;

	private final H2Fixture database = new H2Fixture();

	private int graphLoads;

	@BeforeEach
	void writeRevisions() throws IOException {
		for (int i = 1; i <= 3; i++) {
			Files.writeString(this.dir.resolve("c" + i + "_step.sql"), "-- revision: c" + i + "\n-- down_revision: "
					+ ((i == 1) ? "none" : "c" + (i - 1)) + "\n-- message: step " + i + "\n\n-- migrate:upgrade\n"
					+ "CREATE TABLE t" + i + " (id int);\n\n-- migrate:downgrade\nDROP TABLE t" + i + ";\n");
		}
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void upgradeRunsOnTheApplicationsDataSourceUpToItsTarget() {
		CliRun upgrade = run(context("c2"), "upgrade");
		assertThat(upgrade.status()).as(upgrade.err()).isZero();
		assertThat(upgrade.out()).contains("[2/2] upgrade c1 -> c2, step 2").contains("Done: <base> -> c2");
		CliRun current = run(context("c2"), "current", "--json");
		assertThat(current.out()).contains("\"state\" : \"UP_TO_DATE\"").contains("\"current\" : [ \"c2\" ]");
		assertThat(run(context("heads"), "current").out()).contains("c2").contains("State: PENDING, 1 pending");
		assertThat(run(context("heads"), "upgrade", "c3").out()).contains("Done: c2 -> c3");
	}

	@Test
	void aRelativeDowngradeAndTheHistoryWorkAsOnTheCommandLine() {
		run(context("heads"), "upgrade");
		CliRun downgrade = run(context("heads"), "downgrade", "-1");
		assertThat(downgrade.status()).as(downgrade.err()).isZero();
		assertThat(downgrade.out()).contains("Done: c3 -> c2");
		assertThat(run(context("heads"), "history").out()).contains("c2").contains("(current)");
	}

	@Test
	void theConnectionOptionsAreRefusedWithTheSettingToUseInstead() {
		CliRun run = run(context("heads"), "current", "--url", "jdbc:h2:mem:other");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("--url is not taken here").contains("spring.datasource.*");
	}

	@Test
	void offlineCommandsUseTheApplicationsDialectAndLoadNothingTwice() {
		CliRun sql = run(context("heads"), "sql", "base:c1");
		assertThat(sql.status()).as(sql.err()).isZero();
		assertThat(sql.out()).contains("CREATE TABLE t1").contains("migrate_version");
		assertThat(this.graphLoads).isEqualTo(1);
	}

	@Test
	void revisionWritesIntoTheApplicationsRevisionDirectory() throws IOException {
		Path target = Files.createDirectories(this.dir.resolve("new"));
		CliRun run = run(context("heads", target), "revision", "-m", "add phone");
		assertThat(run.status()).as(run.err()).isZero();
		try (var files = Files.list(target)) {
			assertThat(files.map((file) -> file.getFileName().toString()).toList()).singleElement()
				.satisfies((name) -> assertThat(name).endsWith("_add_phone.sql"));
		}
	}

	private CommandContext context(String target) {
		return context(target, this.dir);
	}

	private CommandContext context(String target, Path revisionDirectory) {
		DataSource dataSource = this.database.dataSource();
		return new CommandContext() {

			@Override
			public DataSource dataSource() {
				return dataSource;
			}

			@Override
			public RevisionGraph graph() {
				CommandContextTest.this.graphLoads++;
				return RevisionGraph.of(new RevisionLoader(getClass().getClassLoader())
					.load(List.of(new Location.Filesystem(CommandContextTest.this.dir.toString()))));
			}

			@Override
			public MigrateSettings settings() {
				return MigrateSettings.defaults();
			}

			@Override
			public String dialect() {
				return "h2";
			}

			@Override
			public Path revisionDirectory() {
				return revisionDirectory;
			}

			@Override
			public String target() {
				return target;
			}

		};
	}

	private static CliRun run(CommandContext context, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int status = MigrateCli.run(new PrintWriter(out, true), new PrintWriter(err, true), context, args);
		return new CliRun(status, out.toString(), err.toString());
	}

}
