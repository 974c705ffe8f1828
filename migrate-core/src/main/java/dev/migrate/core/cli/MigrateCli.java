package dev.migrate.core.cli;

import java.io.PrintWriter;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code migrate} command line: {@code java -jar migrate-cli.jar [options] <command> [args]}.
 * Exit status: 0 success, 1 a failed operation or a blocking finding, 2 a usage or input error.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = MigrateCli.Version.class,
		description = "Schema migrations as a revision graph, with Alembic's targets.",
		subcommands = { HeadsCommand.class, BranchesCommand.class, HistoryCommand.class, ShowCommand.class,
				RevisionCommand.class, MergeCommand.class, CheckCommand.class })
public final class MigrateCli {

	@Option(names = "--url", scope = ScopeType.INHERIT, defaultValue = "${env:MIGRATE_URL}",
			description = "JDBC URL of the database (or MIGRATE_URL).")
	String url;

	@Option(names = "--user", scope = ScopeType.INHERIT, defaultValue = "${env:MIGRATE_USER}",
			description = "Database user (or MIGRATE_USER).")
	String user;

	@Option(names = "--password", scope = ScopeType.INHERIT, defaultValue = "${env:MIGRATE_PASSWORD}",
			description = "Database password (or MIGRATE_PASSWORD).")
	String password;

	@Option(names = "--locations", scope = ScopeType.INHERIT, split = ",", paramLabel = "<location>",
			description = "Where revision files are: classpath:<path> or filesystem:<path>, comma-separated "
					+ "(default: ${DEFAULT-VALUE}).",
			defaultValue = "classpath:db/revisions")
	java.util.List<String> locations;

	@Option(names = "--schema", scope = ScopeType.INHERIT,
			description = "Schema of the version and history tables (default: the connection's current schema).")
	String schema;

	@Option(names = "--dialect", scope = ScopeType.INHERIT, paramLabel = "postgresql|mariadb|h2",
			description = "SQL dialect for commands without a database (default: from --url, else postgresql).")
	String dialect;

	@Option(names = "--json", scope = ScopeType.INHERIT, description = "Machine-readable JSON output.")
	boolean json;

	private PrintWriter out;

	private PrintWriter err;

	private Workspace workspace;

	public static void main(String[] args) {
		System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
	}

	/** Runs one command and returns its exit status. */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		MigrateCli cli = new MigrateCli();
		cli.out = out;
		cli.err = err;
		CommandLine commandLine = new CommandLine(cli);
		commandLine.setOut(out);
		commandLine.setErr(err);
		// Relative targets such as "-1" are arguments, not options.
		commandLine.setUnmatchedOptionsArePositionalParams(true);
		commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> cli.fail(exception));
		return commandLine.execute(args);
	}

	private int fail(Exception exception) {
		ErrorCode code = (exception instanceof MigrateException migrate) ? migrate.code() : ErrorCode.DATABASE;
		String message = (exception.getMessage() != null) ? exception.getMessage() : exception.toString();
		this.err.println("error: " + message);
		if (this.json) {
			output().json(java.util.Map.of("error", java.util.Map.of("code", code.name(), "message", message)));
		}
		return code.exitStatus();
	}

	Workspace workspace() {
		if (this.workspace == null) {
			this.workspace = new Workspace(this.locations, Thread.currentThread().getContextClassLoader());
		}
		return this.workspace;
	}

	Output output() {
		return new Output(this.out, this.json);
	}

	/** The dialect name for offline commands: --dialect, else from --url, else postgresql. */
	String dialectName() {
		if (this.dialect != null) {
			return this.dialect;
		}
		if (this.url != null && this.url.startsWith("jdbc:")) {
			String rest = this.url.substring(5);
			int colon = rest.indexOf(':');
			String product = (colon > 0) ? rest.substring(0, colon) : rest;
			return product.equals("mysql") ? "mariadb" : product;
		}
		return "postgresql";
	}

	static final class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = MigrateCli.class.getPackage().getImplementationVersion();
			return new String[] { "migrate " + ((version != null) ? version : "development build") };
		}

	}

}
