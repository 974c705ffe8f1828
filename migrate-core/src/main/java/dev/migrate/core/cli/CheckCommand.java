package dev.migrate.core.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.guard.Finding;
import dev.migrate.core.guard.Guard;
import dev.migrate.core.guard.GuardReport;
import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code check}: the guard's report on every revision of the graph, for CI. Exit status 0 when
 * nothing blocks (warnings and info allowed), 1 on a blocking finding (including more than one
 * head), 2 on unreadable revisions or bad usage.
 */
@Command(name = "check", addMethodSubcommands = false, description = "Check every revision for statements unsafe in a rolling deploy, and the graph "
		+ "for several heads. Exit status: 0 clean, 1 blocking findings, 2 usage or input error.")
final class CheckCommand implements Callable<Integer> {

	/** How the report is printed. */
	enum Format {

		text, json, sarif

	}

	@ParentCommand
	private MigrateCli cli;

	@Option(names = "--format", paramLabel = "text|json|sarif", description = "Report format: text (default), json "
			+ "(the same as --json) or sarif (SARIF 2.1.0 for code-scanning services, paths relative to the working "
			+ "directory).")
	private Format format;

	@Override
	public Integer call() {
		Format chosen = format();
		RevisionGraph graph = this.cli.workspace().graph();
		Dialect dialect = Dialects.builtIn().byName(this.cli.dialectName());
		GuardReport report = EntityDifferences.addTo(new Guard(dialect).check(graph), this.cli.context(), graph);
		Output output = this.cli.output();
		if (chosen == Format.sarif) {
			output.json(new SarifLog(java.nio.file.Path.of("")).of(report, graph, this.cli.versionText()));
		}
		else if (chosen == Format.json) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("findings", report.findings().stream().map(CheckCommand::json).toList());
			json.put("heads", graph.heads());
			output.json(json);
		}
		else {
			output.line("Checked " + graph.size() + ((graph.size() == 1) ? " revision" : " revisions") + " for "
					+ dialect.name() + "; " + ((graph.heads().size() == 1) ? "head: " : "heads: ")
					+ String.join(", ", graph.heads()));
			output.line(report.describe());
			output.line(report.blocking() ? "check failed: fix the blocking findings, or accept one with "
					+ "'-- migrate:allow <rule> <reason>' on its statement." : "check passed.");
		}
		return report.blocking() ? 1 : 0;
	}

	/** --format, with --json as --format json; both saying different things is a usage error. */
	private Format format() {
		boolean json = this.cli.output().isJson();
		if (this.format == null) {
			return json ? Format.json : Format.text;
		}
		if (json && this.format != Format.json) {
			throw new MigrateException(ErrorCode.USAGE, "check: --json asks for --format json, but --format "
					+ this.format + " was given too. Pass one of them.");
		}
		return this.format;
	}

	/** One finding as PRODUCT.md fixes it: {@code reason} only when suppressed. */
	static Map<String, Object> json(Finding finding) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("rule", finding.rule());
		json.put("severity", finding.severity().key());
		json.put("revision", finding.revision());
		json.put("file", finding.file());
		json.put("line", finding.line());
		json.put("statement", finding.statement());
		json.put("message", finding.message());
		json.put("suppressed", finding.suppressed());
		if (finding.suppressed()) {
			json.put("reason", finding.reason());
		}
		return json;
	}

}
