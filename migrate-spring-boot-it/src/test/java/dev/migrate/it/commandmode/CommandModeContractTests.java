package dev.migrate.it.commandmode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.migrate.spring.autoconfigure.MigrateCommandRunner;

/**
 * {@code --migrate.command=...} through a real {@link SpringApplication} run of an application
 * with JPA entities and {@code ddl-auto=validate}, a runner and a scheduled job that read the
 * schema, and a web server: every command of the command line, with its output and exit status,
 * and none of the application's own parts ever running. A subclass per database.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class CommandModeContractTests {

	private static final String HEAD = "0e0000000002";

	@TempDir
	Path revisionDir;

	/** The database's JDBC URL; the database is fresh for each test. */
	protected abstract String url();

	protected abstract String user();

	/** The vendor whose revision folder the database reads. */
	protected abstract String vendor();

	@Test
	void upgradeMigratesAFreshDatabaseWhileNothingOfTheApplicationRuns(CapturedOutput output) {
		Run upgrade = run(output, "upgrade");
		assertThat(upgrade.status()).as(upgrade.out()).isZero();
		assertThat(upgrade.out()).contains("[1/2] upgrade <base> -> 0e0000000001, create owners")
			.contains("[2/2] upgrade 0e0000000001 -> " + HEAD + ", seed owners on " + vendor())
			.contains("Done: <base> -> " + HEAD);
		assertThat(upgrade.probe().runnerCalls).hasValue(0);
		assertThat(upgrade.probe().jobCalls).hasValue(0);
		assertThat(upgrade.probe().webServerContext).isFalse();
		assertThat(ownerName()).isEqualTo(vendor());
		assertThat(run(output, "upgrade").out()).contains("Nothing to do; current: " + HEAD);
	}

	@Test
	void withoutACommandTheSameApplicationServesAndRunsItsRunnerOnceMigrated(CapturedOutput output) {
		run(output, "upgrade");
		Probe probe = new Probe();
		try (ConfigurableApplicationContext context = application(probe).run(args("--server.port=0"))) {
			assertThat(context).isInstanceOf(WebServerApplicationContext.class);
			assertThat(probe.webServerContext).isTrue();
			assertThat(probe.runnerCalls).hasValue(1);
			assertThat(probe.ownersCounted).isEqualTo(1);
		}
	}

	@Test
	void aRelativeDowngradeIsTheCommandLinesAndRunsWithValidateLeftOn(CapturedOutput output) {
		run(output, "upgrade");
		Run downgrade = run(output, "downgrade -1");
		assertThat(downgrade.status()).as(downgrade.out()).isZero();
		assertThat(downgrade.out()).contains("Done: " + HEAD + " -> 0e0000000001");
		assertThat(downgrade.probe().runnerCalls).hasValue(0);
		assertThat(ownerName()).isNull();
		assertThat(run(output, "downgrade base").out()).contains("Done: 0e0000000001 -> <base>");
	}

	@Test
	void currentPrintsTheStateAsTextAndAsJson(CapturedOutput output) {
		Run text = run(output, "current");
		assertThat(text.status()).isZero();
		assertThat(text.out()).contains("<base> (nothing applied)").contains("State: PENDING, 2 pending");
		run(output, "upgrade 0e0000000001");
		Run json = run(output, "current --json");
		assertThat(json.status()).isZero();
		assertThat(json.out()).contains("\"state\" : \"PENDING\"")
			.contains("\"current\" : [ \"0e0000000001\" ]")
			.contains("\"pendingCount\" : 1")
			.contains("\"revision\" : \"" + HEAD + "\"");
	}

	@Test
	void historyHeadsAndShowReadTheApplicationsRevisionsForItsVendor(CapturedOutput output) {
		run(output, "upgrade 0e0000000001");
		Run history = run(output, "history");
		assertThat(history.status()).as(history.out()).isZero();
		assertThat(history.out()).contains(HEAD).contains("seed owners on " + vendor()).contains("0e0000000001");
		Run heads = run(output, "heads");
		assertThat(heads.out()).contains(HEAD + " (head), seed owners on " + vendor());
		Run show = run(output, "show 0e00000000");
		assertThat(show.status()).isEqualTo(2);
		assertThat(show.out()).contains("0e00000000");
		Run showOne = run(output, "show " + HEAD);
		assertThat(showOne.status()).isZero();
		assertThat(showOne.out()).contains("db/owners/" + vendor() + "/" + HEAD + "_seed_owners.sql");
	}

	@Test
	void stampAndResolveChangeTheVersionTableAsOnTheCommandLine(CapturedOutput output) {
		Run stamp = run(output, "stamp 0e0000000001");
		assertThat(stamp.status()).as(stamp.out()).isZero();
		assertThat(stamp.out()).contains("Done: <base> -> 0e0000000001");
		assertThat(versionRows()).containsExactly("0e0000000001");
		run(output, "stamp base");
		run(output, "upgrade");
		String broken = "--migrate.locations=classpath:db/owners,classpath:db/owners-broken";
		Run failed = run(output, "upgrade", broken);
		assertThat(failed.status()).isEqualTo(1);
		assertThat(failed.out()).contains("error: ").contains("0e0000000003");
		Run blocked = run(output, "upgrade", broken);
		assertThat(blocked.status()).as(blocked.out()).isNotZero();
		Run resolve = run(output, "resolve 0e0000000003 --rolled-back", broken);
		assertThat(resolve.status()).as(resolve.out()).isZero();
		assertThat(versionRows()).containsExactly(HEAD);
	}

	@Test
	void checkAndSqlNeedNoSchemaAndExitAsTheCommandLineDoes(CapturedOutput output) {
		Run clean = run(output, "check");
		assertThat(clean.status()).as(clean.out()).isZero();
		Run unsafe = run(output, "check --json", "--migrate.locations=classpath:db/unsafe");
		assertThat(unsafe.status()).isEqualTo(1);
		assertThat(unsafe.out()).contains("\"findings\"").contains("u2u2u2u2u2u2");
		Run sql = run(output, "sql base:" + HEAD);
		assertThat(sql.status()).as(sql.out()).isZero();
		assertThat(sql.out()).contains("CREATE TABLE owners").contains("VALUES (1, '" + vendor() + "')");
		assertThat(versionRows()).as("offline commands leave the database alone").isNull();
	}

	@Test
	void revisionWritesAQuotedMessageIntoTheRevisionDirectory(CapturedOutput output) throws IOException {
		Run revision = run(output, "revision -m 'add phone to owners'",
				"--migrate.revision-dir=" + this.revisionDir);
		assertThat(revision.status()).as(revision.out()).isZero();
		try (Stream<Path> files = Files.list(this.revisionDir)) {
			Path file = files.findFirst().orElseThrow();
			assertThat(file.getFileName().toString()).endsWith("_add_phone_to_owners.sql");
			assertThat(Files.readString(file)).contains("-- down_revision: " + HEAD)
				.contains("-- message: add phone to owners");
		}
	}

	@Test
	void driftComparesTheApplicationsSchemaWithWhatItsRevisionsBuild(CapturedOutput output) throws SQLException {
		run(output, "upgrade");
		Run clean = run(output, "drift");
		assertThat(clean.status()).as(clean.out()).isZero();
		assertThat(clean.out()).contains("No drift").contains("up to " + HEAD);
		try (Connection connection = DriverManager.getConnection(url(), user(), "");
				Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE owners ADD COLUMN phone varchar(20)");
		}
		Run drift = run(output, "drift --json");
		assertThat(drift.status()).as(drift.out()).isEqualTo(1);
		assertThat(drift.out()).contains("\"kind\" : \"extra-column\"").containsIgnoringCase("\"object\" : \"owners.phone\"");
		assertThat(drift.probe().runnerCalls).hasValue(0);
	}

	@Test
	void inputErrorsExitWithTwo(CapturedOutput output) {
		Run unknown = run(output, "frobnicate");
		assertThat(unknown.status()).isEqualTo(2);
		Run unclosed = run(output, "revision -m 'add phone");
		assertThat(unclosed.status()).isEqualTo(2);
		assertThat(unclosed.out()).contains("has an unclosed ' at position 13");
		Run url = run(output, "current --url jdbc:h2:mem:x");
		assertThat(url.status()).isEqualTo(2);
		assertThat(url.out()).contains("--url is not taken here");
		Run broken = run(output, "upgrade", "--migrate.locations=classpath:db/broken");
		assertThat(broken.status()).isEqualTo(2);
		assertThat(broken.out()).contains("error: Revision d1d1d1d1d1d1").contains("names down_revision '0000deadbeef'");
		assertThat(broken.probe().runnerCalls).hasValue(0);
	}

	/** One run of the application in command mode: its exit status and what it printed. */
	record Run(int status, String out, Probe probe) {
	}

	private Run run(CapturedOutput output, String command, String... more) {
		int start = output.getAll().length();
		Probe probe = new Probe();
		List<String> args = new ArrayList<>(List.of(args(more)));
		args.add("--migrate.command=" + command);
		Throwable thrown = catchThrowable(() -> application(probe).run(args.toArray(new String[0])));
		assertThat(thrown).as("the run ends after the command").hasRootCauseInstanceOf(MigrateCommandRunner.CommandFinished.class);
		assertThat(probe.exit.statuses()).hasSize(1);
		return new Run(probe.exit.statuses().get(0), output.getAll().substring(start), probe);
	}

	private String[] args(String... more) {
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url(), "--spring.datasource.username=" + user(),
				"--spring.jpa.hibernate.ddl-auto=validate", "--spring.jpa.open-in-view=false"));
		args.addAll(List.of(more));
		// a repeated argument would add its values to the list, not replace it
		if (args.stream().noneMatch((arg) -> arg.startsWith("--migrate.locations="))) {
			args.add("--migrate.locations=classpath:db/owners");
		}
		return args.toArray(new String[0]);
	}

	private static SpringApplication application(Probe probe) {
		SpringApplication application = new SpringApplication(OwnersApplication.class);
		application.setRegisterShutdownHook(false);
		application.addInitializers((context) -> {
			probe.webServerContext = context instanceof WebServerApplicationContext;
			context.getBeanFactory().registerSingleton("probe", probe);
			context.getBeanFactory().registerSingleton("recordingExit", probe.exit);
		});
		return application;
	}

	/** The name of owner 1, or {@code null} when there is no such row. */
	private String ownerName() {
		return query("SELECT name FROM owners WHERE id = 1").stream().findFirst().orElse(null);
	}

	/** The rows of the version table, or {@code null} when it does not exist. */
	private List<String> versionRows() {
		try {
			return query("SELECT version_num FROM \"migrate_version\"");
		}
		catch (IllegalStateException ex) {
			if (ex.getCause() instanceof SQLException sql && sql.getSQLState().startsWith("42")) {
				return null;
			}
			throw ex;
		}
	}

	private List<String> query(String sql) {
		try (Connection connection = DriverManager.getConnection(url(), user(), "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			List<String> values = new ArrayList<>();
			while (rows.next()) {
				values.add(rows.getString(1));
			}
			return values;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
