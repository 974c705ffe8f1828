package dev.migrate.core.cli;

import java.time.Instant;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.dialect.TableNames;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.history.Bookkeeping;
import dev.migrate.core.history.HistoryEntry;
import dev.migrate.core.history.Outcome;
import dev.migrate.core.plan.MigrationPlan;
import dev.migrate.core.plan.PlanStep;
import dev.migrate.core.plan.Planner;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.SqlBody;
import dev.migrate.core.sql.SqlFeature;
import dev.migrate.core.sql.SqlSplitter;
import dev.migrate.core.sql.SqlStatement;
import dev.migrate.core.target.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "sql", addMethodSubcommands = false, description = "Print the SQL an upgrade or downgrade from <from> to <to> would run, "
		+ "bookkeeping included, without a database.")
final class SqlCommand implements Callable<Integer> {

	@ParentCommand
	private MigrateCli cli;

	@Parameters(paramLabel = "<from>:<to>", description = "e.g. base:head, 1b7d:4f2a, head:base, head:-1.")
	private String range;

	@Override
	public Integer call() {
		int colon = this.range.indexOf(':');
		if (colon <= 0 || colon == this.range.length() - 1) {
			throw new MigrateException(ErrorCode.USAGE, "'" + this.range + "' is not a range: write <from>:<to>, e.g. "
					+ "base:head to upgrade an empty database, or head:base to downgrade everything.");
		}
		String from = this.range.substring(0, colon);
		String to = this.range.substring(colon + 1);
		Planner planner = this.cli.workspace().planner();
		RevisionGraph graph = planner.graph();
		List<String> start = graph.headsOf(graph.ancestorsOf(planner.resolver().destination(Target.parse(from), new BitSet())));
		BitSet applied = planner.applied(start);
		MigrationPlan plan = goesBack(planner, to, applied) ? planner.downgrade(start, to) : planner.upgrade(start, to);
		Dialect dialect = Dialects.builtIn().byName(this.cli.dialectName());
		String script = new ScriptWriter(dialect, new TableNames(this.cli.schema, this.cli.versionTable,
				this.cli.historyTable)).write(plan, start.isEmpty(), this.range);
		Output output = this.cli.output();
		if (output.isJson()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("operation", plan.operation().key());
			json.put("dialect", dialect.name());
			json.put("revisions", plan.revisionIds());
			json.put("before", plan.currentBefore());
			json.put("after", plan.currentAfter());
			json.put("script", script);
			output.json(json);
		}
		else {
			output.line(script);
		}
		return 0;
	}

	private static boolean goesBack(Planner planner, String to, BitSet applied) {
		Target target = Target.parse(to);
		if (target instanceof Target.Base || target instanceof Target.BranchBase
				|| (target instanceof Target.Relative relative && relative.steps() < 0 && relative.anchor() == null)) {
			return true;
		}
		BitSet destination = planner.resolver().destination(target, applied);
		BitSet outside = (BitSet) destination.clone();
		outside.andNot(applied);
		return outside.isEmpty() && !applied.isEmpty();
	}

	/** Writes a plan as a script for the database's own client (psql, mariadb, H2 RunScript). */
	static final class ScriptWriter {

		private final Dialect dialect;

		private final Bookkeeping sql;

		private final SqlSplitter splitter;

		ScriptWriter(Dialect dialect, TableNames tables) {
			this.dialect = dialect;
			this.sql = new Bookkeeping(dialect, tables);
			this.splitter = new SqlSplitter(dialect.sqlSyntax());
		}

		String write(MigrationPlan plan, boolean fromBase, String range) {
			StringBuilder script = new StringBuilder();
			script.append("-- migrate sql ").append(range).append(" (").append(this.dialect.name()).append("): ")
				.append(plan.operation().key()).append(" of ").append(plan.steps().size()).append(" revision(s)\n");
			if (fromBase) {
				for (String ddl : this.sql.createTables()) {
					script.append('\n').append(ddl).append(";\n");
				}
			}
			Instant now = Instant.now();
			for (PlanStep step : plan.steps()) {
				append(script, step, now);
			}
			return script.toString();
		}

		private void append(StringBuilder script, PlanStep step, Instant now) {
			Revision revision = step.revision();
			boolean upgrade = step.operation() == dev.migrate.core.plan.Operation.UPGRADE;
			boolean transaction = revision.transactional() && this.dialect.supportsTransactionalDdl();
			script.append("\n-- ").append(step.operation().key()).append(' ').append(revision.id());
			if (!revision.message().isEmpty()) {
				script.append(": ").append(revision.message());
			}
			script.append(" (").append(revision.source()).append(")\n");
			if (transaction) {
				script.append("BEGIN;\n");
			}
			if (revision.body() instanceof SqlBody body) {
				String text = upgrade ? body.upgradeSql() : body.downgradeSql();
				int line = upgrade ? body.upgradeLine() : body.downgradeLine();
				for (SqlStatement statement : this.splitter.split(text, line)) {
					script.append(terminated(statement.sql()));
				}
			}
			else {
				throw new MigrateException(ErrorCode.USAGE, "Revision " + revision.id() + " is a Java revision ("
						+ revision.source() + "): its code cannot be written as SQL. Run it with 'migrate upgrade', "
						+ "or end the script's range before it.");
			}
			for (String bookkeeping : this.sql.moveVersions(step.deleteVersions(), step.insertVersions())) {
				script.append(bookkeeping).append(";\n");
			}
			script.append(this.sql.insertHistory(new HistoryEntry(revision.id(), step.operation(), revision.downRevisions(),
					revision.checksum(), revision.message(), now, now, 0L, "sql script", Outcome.SUCCESS, 0, null, null)))
				.append(";\n");
			if (transaction) {
				script.append("COMMIT;\n");
			}
		}

		/** A statement ended for the client; bodies with semicolons get a DELIMITER on MariaDB. */
		private String terminated(String statement) {
			if (this.dialect.sqlSyntax().has(SqlFeature.DELIMITER_COMMAND) && statement.contains(";")) {
				return "DELIMITER //\n" + statement + "\n//\nDELIMITER ;\n";
			}
			return statement + ";\n";
		}

	}

}
