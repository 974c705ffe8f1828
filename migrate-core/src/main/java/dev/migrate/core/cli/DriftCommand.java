package dev.migrate.core.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.Secrets;
import dev.migrate.core.catalog.diff.Difference;
import dev.migrate.core.catalog.scratch.Drift;
import dev.migrate.core.dialect.TableNames;
import dev.migrate.core.engine.MigrateSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code drift}: the live schema against what its applied revisions build in a scratch schema.
 * Exit status 0 no difference, 1 drift, 2 an error (no version table, unknown revisions, an
 * unreachable dev database, a revision failing in the scratch schema).
 */
@Command(name = "drift", addMethodSubcommands = false, description = "Compare the live schema with what the revisions up to its current version build "
		+ "(replayed in a scratch schema, dropped afterwards). Exit status: 0 no drift, 1 drift, 2 error.")
final class DriftCommand implements Callable<Integer> {

	@ParentCommand
	private MigrateCli cli;

	@Option(names = "--dev-url", defaultValue = "${env:MIGRATE_DEV_URL}", paramLabel = "<jdbc-url>",
			description = "JDBC URL of a separate server (same kind of database) for the scratch schema "
					+ "(default: a temporary schema or database on the live server; for H2 an in-memory database).")
	private String devUrl;

	@Option(names = "--dev-user", description = "User for --dev-url (default: --user).")
	private String devUser;

	@Option(names = "--dev-password", description = "Password for --dev-url (default: --password).")
	private String devPassword;

	@Override
	public Integer call() {
		Secrets secrets = secrets();
		Output output = this.cli.output();
		Drift.Result result;
		try {
			result = drift().run();
		}
		catch (RuntimeException ex) {
			String message = secrets.scrub((ex.getMessage() != null) ? ex.getMessage() : ex.toString());
			this.cli.err().println("error: " + message);
			if (output.isJson()) {
				ErrorCode code = (ex instanceof MigrateException migrate) ? migrate.code() : ErrorCode.DATABASE;
				output.json(Map.of("error", Map.of("code", code.name(), "message", message)));
			}
			return 2;
		}
		List<Difference> differences = result.diff().differences();
		if (output.isJson()) {
			List<Map<String, Object>> json = new ArrayList<>();
			for (Difference difference : differences) {
				Map<String, Object> one = new LinkedHashMap<>();
				one.put("kind", difference.kind().id());
				one.put("object", difference.object());
				one.put("expected", difference.expectedText());
				one.put("actual", difference.actualText());
				json.add(one);
			}
			output.json(Map.of("differences", json));
		}
		else {
			String built = "what its revisions " + (result.versions().isEmpty() ? "(none applied)"
					: "up to " + String.join(", ", result.versions())) + " build";
			if (differences.isEmpty()) {
				output.line("No drift: schema " + result.schema() + " (" + result.dialect() + ") matches " + built + ".");
			}
			else {
				output.line("Drift: schema " + result.schema() + " (" + result.dialect() + ") differs from " + built + " in "
						+ differences.size() + ((differences.size() == 1) ? " place:" : " places:"));
				differences.forEach(difference -> output.line("  " + difference.describe()));
			}
		}
		return differences.isEmpty() ? 0 : 1;
	}

	private Drift drift() {
		CommandContext context = this.cli.context();
		DataSource dev = (this.devUrl != null && !this.devUrl.isBlank()) ? secrets().guard(new SimpleDataSource(this.devUrl,
				(this.devUser != null) ? this.devUser : (context == null) ? this.cli.user : null,
				(this.devPassword != null) ? this.devPassword : (context == null) ? this.cli.password : null)) : null;
		if (context != null) {
			return new Drift(context.dataSource(), context.graph(), context.settings(),
					(dev != null) ? dev : context.devDataSource());
		}
		if (this.cli.url == null || this.cli.url.isBlank()) {
			throw new MigrateException(ErrorCode.USAGE,
					"drift needs a database: pass --url (or set MIGRATE_URL), with --user and --password as needed.");
		}
		MigrateSettings settings = MigrateSettings.defaults()
			.withTables(new TableNames(this.cli.schema, this.cli.versionTable, this.cli.historyTable));
		DataSource live = secrets().guard(new SimpleDataSource(this.cli.url, this.cli.user, this.cli.password));
		return new Drift(live, this.cli.workspace().graph(), settings, dev);
	}

	/** The run's secrets and the dev database's: never printed. */
	private Secrets secrets() {
		List<String> values = new ArrayList<>(this.cli.secrets().values());
		values.addAll(Secrets.of(Arrays.asList(this.devPassword), Arrays.asList(this.devUrl)).values());
		return new Secrets(values);
	}

}
