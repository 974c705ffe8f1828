package dev.migrate.core.cli;

import java.io.PrintWriter;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.Secrets;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.dialect.Vendors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code migrate} command line: {@code java -jar migrate-cli.jar [options] <command> [args]}.
 * Exit status: 0 success, 1 a failed operation or a blocking finding, 2 a usage or input error.
 */
@Command(name = "migrate", addMethodSubcommands = false, mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
		description = "Schema migrations as a revision graph, with Alembic's targets.")
public final class MigrateCli {

	/**
	 * Every command, in the order {@code --help} lists them. They are registered by
	 * {@link Subcommands}, which builds picocli's model only for the commands a run names.
	 */
	static final java.util.List<Class<?>> COMMANDS = java.util.List.of(HeadsCommand.class, BranchesCommand.class,
			HistoryCommand.class, ShowCommand.class, SqlCommand.class, RevisionCommand.class, MergeCommand.class,
			CheckCommand.class, DatabaseCommands.Upgrade.class, DatabaseCommands.Downgrade.class,
			DatabaseCommands.Stamp.class, DatabaseCommands.Current.class, DatabaseCommands.Resolve.class,
			LogCommand.class, GraphCommand.class, DriftCommand.class, TestCommand.class);

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

	@Option(names = "--dialect", scope = ScopeType.INHERIT, paramLabel = "postgresql|mariadb|mysql|h2",
			description = "SQL dialect for commands without a database (default: from --url, else postgresql).")
	String dialect;

	@Option(names = "--json", scope = ScopeType.INHERIT, description = "Machine-readable JSON output.")
	boolean json;

	@Option(names = "--version-table", scope = ScopeType.INHERIT, defaultValue = "migrate_version",
			description = "Name of the version table (default: ${DEFAULT-VALUE}).")
	String versionTable;

	@Option(names = "--history-table", scope = ScopeType.INHERIT, defaultValue = "migrate_history",
			description = "Name of the history table (default: ${DEFAULT-VALUE}).")
	String historyTable;

	@Option(names = "--baseline", scope = ScopeType.INHERIT, paramLabel = "<rev>",
			description = "Revision to stamp a legacy database (tables but no version table) at before upgrading.")
	String baseline;

	@Option(names = "--lock-namespace", scope = ScopeType.INHERIT, defaultValue = "migrate",
			description = "Namespace of the lock: runs with different namespaces do not wait for each other "
					+ "(default: ${DEFAULT-VALUE}).")
	String lockNamespace;

	@Option(names = "--lock-timeout", scope = ScopeType.INHERIT, defaultValue = "60s", converter = Durations.class,
			description = "How long to wait for another run's lock, e.g. 30s, 5m, PT1M (default: ${DEFAULT-VALUE}).")
	java.time.Duration lockTimeout;

	@Option(names = "--no-validate-checksums", scope = ScopeType.INHERIT, negatable = false,
			description = "Do not stop when an applied revision's upgrade SQL has changed.")
	boolean noValidateChecksums;

	@Option(names = "--schemas", scope = ScopeType.INHERIT, split = ",", paramLabel = "<schema>",
			description = "Run the command once per schema (a fleet of tenants), comma-separated; each schema has its "
					+ "own version and history tables and its own lock.")
	java.util.List<String> schemas;

	@Option(names = "--schemas-query", scope = ScopeType.INHERIT, paramLabel = "<sql>",
			description = "Run the command once per schema this SQL query returns (first column).")
	String schemasQuery;

	@Option(names = "--parallel", scope = ScopeType.INHERIT, defaultValue = "4", paramLabel = "<n>",
			description = "With --schemas or --schemas-query: how many schemas at most at a time, on at most n + 1 "
					+ "connections (default: ${DEFAULT-VALUE}).")
	int parallel;

	private PrintWriter out;

	private PrintWriter err;

	private Workspace workspace;

	private SimpleDataSource connection;

	/** {@link #secrets()}, asked for at every printed line. */
	private final RunSecrets secrets = new RunSecrets();

	/**
	 * The MariaDB driver logs every error packet the server sends at WARN, and the same text then
	 * reaches the user in migrate's own message, which says where it happened: every SQL error was
	 * printed twice. That one logger is off unless the user sets it ({@code -D...=warn}).
	 */
	private static final String MARIADB_ERROR_PACKET_LOG = "org.slf4j.simpleLogger.log.org.mariadb.jdbc.message.server.ErrorPacket";

	private static final String HIKARI_LOG = "org.slf4j.simpleLogger.log.com.zaxxer.hikari";

	CommandContext context;

	public static void main(String[] args) {
		System.setProperty(MARIADB_ERROR_PACKET_LOG, System.getProperty(MARIADB_ERROR_PACKET_LOG, "off"));
		// a fleet's pool starting and stopping is not news
		System.setProperty(HIKARI_LOG, System.getProperty(HIKARI_LOG, "warn"));
		System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
	}

	/** Runs one command and returns its exit status. */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		return run(out, err, null, args);
	}

	/**
	 * Runs one command against what an application supplies (its DataSource, settings and
	 * revisions) instead of {@code --url} and the options, and returns its exit status; output,
	 * errors and statuses are those of the command line.
	 *
	 * @param context the application's side, or {@code null} for the options
	 */
	public static int run(PrintWriter out, PrintWriter err, CommandContext context, String... args) {
		MigrateCli cli = new MigrateCli();
		// Everything printed, picocli's own messages included, leaves without the run's secrets.
		cli.out = new PrintWriter(new ScrubbingWriter(out, cli::secrets), true);
		cli.err = new PrintWriter(new ScrubbingWriter(err, cli::secrets), true);
		cli.context = context;
		CommandLine commandLine = new CommandLine(cli);
		Subcommands.register(commandLine, COMMANDS, args);
		// Every command, also one added later, answers --help and --version, and `help <command>` too.
		commandLine.getSubcommands().values().forEach(sub -> sub.getCommandSpec().mixinStandardHelpOptions(true)
			.versionProvider(new CliVersion()));
		commandLine.addSubcommand("help", new CommandLine.HelpCommand());
		commandLine.setOut(cli.out);
		commandLine.setErr(cli.err);
		// A relative target such as "-1" needs no setting: picocli takes an argument that reads as a
		// number as a positional one, and anything else starting with "-" that is not an option is
		// an unknown option, reported with the nearest options.
		commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> cli.fail(exception));
		if (context != null) {
			ApplicationContextOptions.apply(commandLine, context);
		}
		try {
			return commandLine.execute(args);
		}
		finally {
			SimpleDataSource.discardAhead(cli.connection);
			cli.out.flush();
			cli.err.flush();
		}
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

	/** The password of this run and the passwords its URL carries: never printed. */
	Secrets secrets() {
		if (this.context != null) {
			return this.context.secrets();
		}
		return this.secrets.of(this.password, this.url);
	}

	Workspace workspace() {
		if (this.workspace == null) {
			this.workspace = (this.context != null) ? Workspace.of(this.context)
					: new Workspace(this.locations, Thread.currentThread().getContextClassLoader(), this::vendor);
		}
		return this.workspace;
	}

	/** The application's side in command mode, or {@code null} on the command line. */
	CommandContext context() {
		return this.context;
	}

	/** Whether the command has a database to read: --url, or the application's DataSource. */
	boolean hasDatabase() {
		return this.context != null || this.url != null;
	}

	/** What {vendor} in --locations means: --dialect, else from --url, else postgresql. */
	private String vendor() {
		if (this.dialect != null) {
			return Dialects.builtIn().byName(this.dialect).name();
		}
		return (this.url != null) ? Vendors.forUrl(this.url) : "postgresql";
	}

	/** The engine for commands that need a database. */
	dev.migrate.core.engine.Migrator migrator(dev.migrate.core.engine.MigrateListener listener) {
		return migrator(listener, null);
	}

	/** The engine, with a check of what an upgrade is about to run (the guard). */
	dev.migrate.core.engine.Migrator migrator(dev.migrate.core.engine.MigrateListener listener,
			dev.migrate.core.engine.PlanCheck planCheck) {
		if (this.context != null) {
			return new dev.migrate.core.engine.Migrator(this.context.dataSource(), workspace().graph(),
					this.context.settings(), java.time.Clock.systemUTC(), listener, null, planCheck);
		}
		if (this.url == null || this.url.isBlank()) {
			throw new dev.migrate.core.MigrateException(ErrorCode.USAGE,
					"This command needs a database: pass --url (or set MIGRATE_URL), with --user and --password as needed.");
		}
		// the first connection opens while the revisions are read (and is closed by run() if unused)
		SimpleDataSource.discardAhead(this.connection);
		this.connection = new SimpleDataSource(this.url, this.user, this.password).connectAhead();
		return new dev.migrate.core.engine.Migrator(secrets().guard(this.connection), workspace().graph(),
				settings(this.schema), java.time.Clock.systemUTC(), listener, null, planCheck);
	}

	/** The settings of the options, for {@code schema}. */
	dev.migrate.core.engine.MigrateSettings settings(String schema) {
		if (this.context != null) {
			dev.migrate.core.engine.MigrateSettings settings = this.context.settings();
			return (schema == null) ? settings
					: settings.withTables(settings.tables().withSchema(schema)).withLock(settings.lock().withSchema(schema));
		}
		dev.migrate.core.dialect.TableNames tables = new dev.migrate.core.dialect.TableNames(schema, this.versionTable,
				this.historyTable);
		dev.migrate.core.lock.LockSettings defaults = dev.migrate.core.lock.LockSettings.defaults(schema);
		dev.migrate.core.lock.LockSettings lock = new dev.migrate.core.lock.LockSettings(this.lockNamespace, schema,
				defaults.lockTable(), this.lockTimeout, defaults.lease(), defaults.logInterval());
		return new dev.migrate.core.engine.MigrateSettings(tables, this.baseline, lock, !this.noValidateChecksums,
				this.locations);
	}

	/** Whether the command runs once per schema: {@code --schemas} or {@code --schemas-query}. */
	boolean fleet() {
		return FleetRun.requested(this);
	}

	/** Where results go. */
	PrintWriter out() {
		return this.out;
	}

	/** Where warnings and errors go. */
	PrintWriter err() {
		return this.err;
	}

	Output output() {
		return new Output(this.out, this.json);
	}

	/** The dialect name for offline commands: --dialect, else from --url, else postgresql. */
	String dialectName() {
		if (this.dialect != null) {
			return this.dialect;
		}
		if (this.context != null) {
			return this.context.dialect();
		}
		if (this.url != null && this.url.startsWith("jdbc:")) {
			String rest = this.url.substring(5);
			int colon = rest.indexOf(':');
			String product = (colon > 0) ? rest.substring(0, colon) : rest;
			return product.equals("mysql") ? "mariadb" : product;
		}
		return "postgresql";
	}

	/** This build's version, e.g. {@code 0.1.0-SNAPSHOT}, for reports that name their tool. */
	String versionText() {
		return CliVersion.text();
	}

}
