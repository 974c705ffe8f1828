package dev.migrate.core.guard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.graph.GraphCommands;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.JavaBody;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.RevisionFileException;
import dev.migrate.core.revision.SqlBody;
import dev.migrate.core.sql.SqlSplitter;
import dev.migrate.core.sql.SqlStatement;
import dev.migrate.core.sql.SqlSyntaxException;
import dev.migrate.core.sql.SqlToken;
import dev.migrate.core.sql.SqlTokenizer;

/**
 * The expand/contract guard: checks revisions for statements that break a rolling deploy, judged
 * against each revision's declared phase and the database's dialect. Reads the upgrade section of
 * SQL revisions with the dialect's tokenizer, so comments, strings and dollar-quoted bodies never
 * produce findings; Java revisions cannot be analyzed and only get the missing-phase rule.
 * Downgrade sections are not checked: undoing an expand is destructive by nature.
 *
 * <p>Before an upgrade, check what it is about to apply, before anything runs:
 * <pre>{@code
 * if (mode.checks()) {
 *     GuardReport report = new Guard(dialect).check(revisionsToApply);
 *     if (!report.isEmpty()) {
 *         logger.warn(report.describe());
 *     }
 *     mode.enforce(report); // FAIL mode and a blocking finding: GuardException, nothing applied
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; see {@code docs/guard.md} for the rules.
 */
public final class Guard {

	private final Dialect dialect;

	private final SqlSplitter splitter;

	private final SqlTokenizer tokenizer;

	private final StatementClassifier classifier = new StatementClassifier();

	private final Rules rules = new Rules();

	/** Whether contract revisions wait until no older version runs (migrate.contract=auto, the guard's premise). */
	private final boolean contractWaits;

	public Guard(Dialect dialect) {
		this(dialect, true);
	}

	/**
	 * @param contractWaits {@code false} when contract revisions run at startup while older instances
	 * may still be live ({@code migrate.contract=startup}): their destructive statements are warnings
	 */
	public Guard(Dialect dialect, boolean contractWaits) {
		this.dialect = Objects.requireNonNull(dialect, "dialect");
		this.splitter = new SqlSplitter(dialect.sqlSyntax());
		this.tokenizer = new SqlTokenizer(dialect.sqlSyntax());
		this.contractWaits = contractWaits;
	}

	public Dialect dialect() {
		return this.dialect;
	}

	/**
	 * The findings of one revision, in statement order.
	 * @throws RevisionFileException when its SQL cannot be split (an unterminated string, comment or
	 * dollar quote)
	 */
	public List<Finding> check(Revision revision) {
		return check(revision, new NotNullChecks());
	}

	private List<Finding> check(Revision revision, NotNullChecks notNullChecks) {
		Objects.requireNonNull(revision, "revision");
		List<Finding> findings = new ArrayList<>();
		if (revision.body() instanceof JavaBody java) {
			missingPhase(revision, false, findings);
			findings.add(new Finding(Rule.JAVA_REVISION.id(), Severity.INFO, revision.id(), revision.source(), 0, "",
					"Revision " + revision.id() + " is a Java revision (" + java.revision().getClass().getName() + "): "
							+ "its code cannot be analyzed, only the missing-phase rule applies. Review the SQL it runs "
							+ "by hand against the rules in docs/guard.md.",
					false, null));
			return findings;
		}
		SqlBody body = (SqlBody) revision.body();
		List<SqlStatement> statements = split(revision, body);
		missingPhase(revision, statements.isEmpty(), findings);
		emptyUpgrade(revision, body, statements.isEmpty(), findings);
		RevisionContext context = new RevisionContext(this.dialect.name(), revision.phase(), revision.transactional(),
				notNullChecks, this.contractWaits);
		StatementColumns columns = new StatementColumns(body.upgradeSql());
		for (SqlStatement statement : statements) {
			findings.addAll(check(revision, statement, context, columns));
		}
		return findings;
	}

	/** The findings of several revisions (e.g. those an upgrade is about to apply), in the given order. */
	public GuardReport check(Collection<Revision> revisions) {
		List<Finding> findings = new ArrayList<>();
		NotNullChecks notNullChecks = new NotNullChecks();
		for (Revision revision : revisions) {
			findings.addAll(check(revision, notNullChecks));
		}
		return new GuardReport(findings);
	}

	/**
	 * What {@code check} reports: every revision of the graph, base first, and an error when the
	 * graph has more than one head.
	 */
	public GuardReport check(RevisionGraph graph) {
		List<Finding> findings = new ArrayList<>(check(graph.revisions()).findings());
		List<String> heads = graph.heads();
		if (heads.size() > 1) {
			String list = String.join(" ", heads);
			findings.add(new Finding(Rule.MULTIPLE_HEADS.id(), Severity.ERROR, "", "", 0, "",
					"The revision graph has " + heads.size() + " heads: " + String.join(", ", heads) + ". Upgrading "
							+ "to 'head' fails, and 'heads' applies the branches in an order nobody reviewed. Join them "
							+ "with a merge revision: migrate merge -m \"<message>\" " + list + ". See the branches: "
							+ GraphCommands.branches(graph, heads),
					false, null));
		}
		return new GuardReport(findings);
	}

	private List<SqlStatement> split(Revision revision, SqlBody body) {
		try {
			return this.splitter.split(body.upgradeSql(), body.upgradeLine());
		}
		catch (SqlSyntaxException ex) {
			throw new RevisionFileException(revision.source(), ex.line(), ex.getMessage(), ex);
		}
	}

	private List<Finding> check(Revision revision, SqlStatement statement, RevisionContext context,
			StatementColumns columns) {
		List<SqlToken> tokens = this.tokenizer.tokenize(statement.sql(), statement.line());
		TokenCursor cursor = TokenCursor.of(tokens, this.dialect.name());
		int column = columns.columnOf(statement.sql(), tokens);
		if (cursor.atEnd()) {
			return List.of();
		}
		int line = cursor.line();
		// made only for a statement with findings: an upgrade checks every statement it is about to run
		String excerpt = null;
		List<Finding> findings = new ArrayList<>();
		for (Operation operation : this.classifier.classify(cursor)) {
			for (Verdict verdict : this.rules.judge(operation, context)) {
				excerpt = (excerpt != null) ? excerpt : Excerpt.of(tokens);
				findings.add(new Finding(verdict.rule().id(), verdict.severity(), revision.id(), revision.source(), line,
						excerpt, verdict.message(), false, null, column));
			}
			context.record(operation);
		}
		List<Suppressions.Allow> allows = Suppressions.find(tokens);
		if (allows.isEmpty()) {
			return findings;
		}
		Finding base = new Finding(Rule.ALLOW_WITHOUT_REASON.id(), Severity.ERROR, revision.id(), revision.source(), line,
				(excerpt != null) ? excerpt : Excerpt.of(tokens), "-", false, null, column);
		return Suppressions.apply(allows, findings, base);
	}

	/**
	 * An upgrade section that runs nothing loads (a fresh {@code revision} template must not break
	 * the graph), but applying it records the revision as applied: SQL written into it afterwards
	 * never runs there and changes its checksum.
	 */
	private static void emptyUpgrade(Revision revision, SqlBody body, boolean empty, List<Finding> findings) {
		if (!empty || revision.isMerge()) {
			return;
		}
		findings.add(new Finding(Rule.EMPTY_UPGRADE.id(), Severity.WARNING, revision.id(), revision.source(),
				Math.max(1, body.upgradeLine() - 1), "",
				"Revision " + revision.id() + " has an empty upgrade section: it runs nothing, yet applying it records "
						+ "it as applied, and SQL written into it afterwards never runs on that database (and changes "
						+ "its checksum). Write the SQL to run below '-- migrate:upgrade' before applying it anywhere.",
				false, null));
	}

	private static void missingPhase(Revision revision, boolean empty, List<Finding> findings) {
		if (revision.phase() != null || (revision.isMerge() && empty)) {
			return;
		}
		boolean java = revision.body() instanceof JavaBody;
		findings.add(new Finding(Rule.MISSING_PHASE.id(), Severity.WARNING, revision.id(), revision.source(),
				java ? 0 : 1, "",
				"Revision " + revision.id() + " declares no phase, so the guard treats it as neither expand nor "
						+ "contract: destructive statements in it are errors. Declare what it does: "
						+ (java ? "override phase() to return Phase.EXPAND, MIGRATE or CONTRACT."
								: "add '-- phase: expand', '-- phase: migrate' or '-- phase: contract' to its header."),
				false, null));
	}

}
