package dev.migrate.core.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.Secrets;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.dialect.TableNames;
import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.verify.CheckResult;
import dev.migrate.core.verify.EntityModel;
import dev.migrate.core.verify.Outcome;
import dev.migrate.core.verify.RevisionVerifier;
import dev.migrate.core.verify.SeedSource;
import dev.migrate.core.verify.CatalogScratchSpace;
import dev.migrate.core.verify.VerifySettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code test}: the revision checks of the JUnit kit (docs/testing.md) for pipelines without JUnit,
 * each in a scratch schema on the dev server ({@code --dev-url}, else the server of {@code --url}),
 * dropped afterwards. Exit status 0 when no check failed (skipped ones allowed), 1 when one failed,
 * 2 on usage errors or revisions that do not form a graph.
 */
@Command(name = "test", addMethodSubcommands = false, description = "Test the revisions: one head, upgrade from base, up-down-up of every revision, "
		+ "the guard in fail mode, seed rows that survive; each in a scratch schema dropped afterwards. "
		+ "Exit status: 0 passed, 1 a check failed, 2 usage or input error.")
final class TestCommand implements Callable<Integer> {

	@ParentCommand
	private MigrateCli cli;

	@Option(names = "--dev-url", defaultValue = "${env:MIGRATE_DEV_URL}", paramLabel = "<jdbc-url>",
			description = "JDBC URL of the server the scratch schemas are created on (default: the server of --url, "
					+ "never its schema; in command mode migrate.dev-url, else the application's server).")
	String devUrl;

	@Option(names = "--dev-user", description = "User for --dev-url (default: --user).")
	String devUser;

	@Option(names = "--dev-password", description = "Password for --dev-url (default: --password).")
	String devPassword;

	@Option(names = "--expected-heads", split = ",", paramLabel = "<rev>",
			description = "The heads the graph must have (default: exactly one).")
	List<String> expectedHeads = new ArrayList<>();

	@Option(names = "--seeds", paramLabel = "<location>", defaultValue = "classpath:" + SeedSource.DEFAULT_LOCATION,
			description = "Folder of the <rev>.seed.sql and <rev>.verify.sql files of data-survives: classpath:<path> or "
					+ "filesystem:<path> (default: ${DEFAULT-VALUE}).")
	String seeds;

	@Override
	public Integer call() {
		try {
			return run();
		}
		catch (MigrateException ex) {
			throw new MigrateException(ex.code(), secrets().scrub(ex.getMessage()), ex);
		}
	}

	private int run() {
		DataSource server = server();
		Dialect dialect = dialect(server);
		VerifySettings settings = VerifySettings.defaults()
			.withMigrate(settings())
			.withExpectedHeads(this.expectedHeads)
			.withSeeds(SeedSource.parse(this.seeds, Thread.currentThread().getContextClassLoader()))
			.withEntities(entities(server));
		RevisionVerifier verifier = new RevisionVerifier(() -> this.cli.workspace().graph(),
				new CatalogScratchSpace(server), dialect, settings);
		List<CheckResult> results = verifier.all();
		print(results);
		boolean broken = results.get(0).failed() && results.get(0).message().startsWith("The revisions do not form");
		return broken ? 2 : results.stream().anyMatch(CheckResult::failed) ? 1 : 0;
	}

	private DataSource server() {
		CommandContext context = this.cli.context();
		if (this.devUrl != null && !this.devUrl.isBlank()) {
			return secrets().guard(new SimpleDataSource(this.devUrl,
					(this.devUser != null) ? this.devUser : (context == null) ? this.cli.user : null,
					(this.devPassword != null) ? this.devPassword : (context == null) ? this.cli.password : null));
		}
		if (context != null) {
			return (context.devDataSource() != null) ? context.devDataSource() : context.dataSource();
		}
		if (this.cli.url == null || this.cli.url.isBlank()) {
			throw new MigrateException(ErrorCode.USAGE, "test needs a server for its scratch schemas: pass --dev-url "
					+ "(or --url; the checks never touch that database's own schema).");
		}
		return this.cli.secrets().guard(new SimpleDataSource(this.cli.url, this.cli.user, this.cli.password));
	}

	/** In command mode with JPA, the application's entities; on the plain command line none (the check is skipped). */
	private EntityModel entities(DataSource server) {
		CommandContext context = this.cli.context();
		return (context != null) ? context.model().map(model -> EntityModel.of(model, server)).orElse(null) : null;
	}

	/** The run's secrets and the dev server's: never printed. */
	private Secrets secrets() {
		List<String> values = new ArrayList<>(this.cli.secrets().values());
		values.addAll(Secrets.of(java.util.Arrays.asList(this.devPassword), java.util.Arrays.asList(this.devUrl)).values());
		return new Secrets(values);
	}

	private static Dialect dialect(DataSource server) {
		try (Connection connection = server.getConnection()) {
			return Dialects.builtIn().forConnection(connection);
		}
		catch (SQLException ex) {
			throw new MigrateException(ErrorCode.USAGE, "Cannot connect to the server for the scratch schemas: "
					+ ex.getMessage(), ex);
		}
	}

	/** The table names of the options or the application: the scratch schemas get migrate's tables as named there. */
	private MigrateSettings settings() {
		if (this.cli.context() != null) {
			return this.cli.context().settings();
		}
		return MigrateSettings.defaults().withTables(new TableNames(null, this.cli.versionTable, this.cli.historyTable));
	}

	private void print(List<CheckResult> results) {
		Output output = this.cli.output();
		Map<Outcome, Long> counts = new LinkedHashMap<>();
		for (Outcome outcome : Outcome.values()) {
			counts.put(outcome, results.stream().filter(result -> result.outcome() == outcome).count());
		}
		if (output.isJson()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("checks", results.stream().map(TestCommand::json).toList());
			counts.forEach((outcome, count) -> json.put(outcome.key(), count));
			output.json(json);
			return;
		}
		for (CheckResult result : results) {
			String subject = result.check().id() + ((result.revision() != null) ? " " + result.revision() : "");
			output.line(result.outcome().name().substring(0, 4) + " " + subject + ": " + result.describe());
		}
		output.line(counts.get(Outcome.PASSED) + " passed, " + counts.get(Outcome.FAILED) + " failed, "
				+ counts.get(Outcome.SKIPPED) + " skipped.");
	}

	private static Map<String, Object> json(CheckResult result) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("check", result.check().id());
		json.put("revision", result.revision());
		json.put("file", result.file());
		json.put("outcome", result.outcome().key());
		json.put("message", result.message());
		json.put("findings", result.findings());
		return json;
	}

}
