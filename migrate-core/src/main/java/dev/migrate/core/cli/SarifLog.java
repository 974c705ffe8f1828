package dev.migrate.core.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.guard.Finding;
import dev.migrate.core.guard.GuardReport;
import dev.migrate.core.guard.Rule;
import dev.migrate.core.guard.RuleHelp;
import dev.migrate.core.guard.Severity;

/**
 * The guard's report as a SARIF 2.1.0 log, for code-scanning services (GitHub code scanning and
 * other review tools show each result on its line): one run whose driver lists every rule with its
 * help, and one result per finding, located by a path relative to the working directory. A finding
 * that a {@code migrate:allow} comment accepted is carried with an in-source suppression whose
 * justification is the comment's reason.
 */
final class SarifLog {

	static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

	private final Path workingDirectory;

	SarifLog(Path workingDirectory) {
		this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
	}

	Map<String, Object> of(GuardReport report, RevisionGraph graph, String version) {
		List<Rule> rules = List.of(Rule.values());
		Map<String, Object> driver = new LinkedHashMap<>();
		driver.put("name", "migrate-guard");
		driver.put("version", version);
		driver.put("rules", rules.stream().map(SarifLog::rule).toList());
		List<Object> results = new ArrayList<>();
		for (Finding finding : report.findings()) {
			results.add(result(finding, rules.indexOf(Rule.byId(finding.rule()).orElseThrow()), graph));
		}
		Map<String, Object> run = new LinkedHashMap<>();
		run.put("tool", Map.of("driver", driver));
		run.put("columnKind", "unicodeCodePoints");
		run.put("results", results);
		Map<String, Object> log = new LinkedHashMap<>();
		log.put("$schema", SCHEMA);
		log.put("version", "2.1.0");
		log.put("runs", List.of(run));
		return log;
	}

	private static Map<String, Object> rule(Rule rule) {
		RuleHelp help = RuleHelp.of(rule);
		Map<String, Object> descriptor = new LinkedHashMap<>();
		descriptor.put("id", rule.id());
		descriptor.put("shortDescription", Map.of("text", help.shortDescription()));
		descriptor.put("fullDescription", Map.of("text", help.shortDescription() + " " + help.help()));
		descriptor.put("help", Map.of("text", help.help() + " See docs/guard.md, rule " + rule.id() + "."));
		descriptor.put("defaultConfiguration", Map.of("level", level(help.defaultSeverity())));
		return descriptor;
	}

	private Map<String, Object> result(Finding finding, int ruleIndex, RevisionGraph graph) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("ruleId", finding.rule());
		result.put("ruleIndex", ruleIndex);
		result.put("level", level(finding.severity()));
		result.put("message", Map.of("text", finding.message()));
		List<Object> locations = new ArrayList<>();
		if (!finding.file().isEmpty()) {
			locations.add(location(finding.file(), finding.line(), finding.column()));
		}
		else if (finding.rule().equals(Rule.MULTIPLE_HEADS.id())) {
			// a finding about the graph: shown on each head's file
			for (String head : graph.heads()) {
				graph.find(head).ifPresent(revision -> locations.add(location(revision.source(), 1, 0)));
			}
		}
		if (!locations.isEmpty()) {
			result.put("locations", locations);
		}
		if (finding.suppressed()) {
			result.put("suppressions", List.of(Map.of("kind", "inSource", "justification", finding.reason())));
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("revision", finding.revision());
		properties.put("severity", finding.severity().key());
		properties.put("statement", finding.statement());
		result.put("properties", properties);
		return result;
	}

	private Map<String, Object> location(String file, int line, int column) {
		Map<String, Object> region = new LinkedHashMap<>();
		region.put("startLine", Math.max(1, line));
		if (column > 0) {
			region.put("startColumn", column);
		}
		Map<String, Object> physical = new LinkedHashMap<>();
		physical.put("artifactLocation", Map.of("uri", uri(file)));
		physical.put("region", region);
		return Map.of("physicalLocation", physical);
	}

	/** The file as a URI reference relative to the working directory when it lies below it, with {@code /} separators. */
	String uri(String file) {
		Path path;
		try {
			path = Path.of(file);
		}
		catch (InvalidPathException ex) {
			return encode(file.replace('\\', '/'));
		}
		if (path.isAbsolute()) {
			Path normalized = path.normalize();
			if (!normalized.startsWith(this.workingDirectory)) {
				return normalized.toUri().toString();
			}
			path = this.workingDirectory.relativize(normalized);
		}
		return encode(path.normalize().toString().replace('\\', '/'));
	}

	private static String encode(String relative) {
		try {
			return new URI(null, null, relative, null).toASCIIString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("Not a path: " + relative, ex);
		}
	}

	private static String level(Severity severity) {
		return switch (severity) {
			case ERROR -> "error";
			case WARNING -> "warning";
			case INFO -> "note";
		};
	}

}
