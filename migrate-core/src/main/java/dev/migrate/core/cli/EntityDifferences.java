package dev.migrate.core.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.migrate.core.autogen.ModelComparison;
import dev.migrate.core.autogen.ModelSchema;
import dev.migrate.core.catalog.diff.CatalogDiff;
import dev.migrate.core.catalog.diff.Difference;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.guard.Finding;
import dev.migrate.core.guard.GuardReport;
import dev.migrate.core.guard.Severity;

/**
 * {@code check}'s {@code entities-differ} finding, in command mode with JPA entities: the
 * entities and the revisions disagree, so {@code revision --autogenerate} would write something
 * (Alembic's {@code check}). Without a model (the plain command line, an application without JPA)
 * nothing is compared and nothing is added.
 */
final class EntityDifferences {

	/** The rule id of the finding. */
	static final String RULE = "entities-differ";

	private EntityDifferences() {
	}

	/** The report, with the finding added when the application's entities and its revisions differ. */
	static GuardReport addTo(GuardReport report, CommandContext context, RevisionGraph graph) {
		Optional<ModelSchema> model = (context != null) ? context.model() : Optional.empty();
		if (model.isEmpty()) {
			return report;
		}
		CatalogDiff diff = new ModelComparison(server(context)).compare(model.get(), graph);
		if (diff.isEmpty()) {
			return report;
		}
		List<Finding> findings = new ArrayList<>(report.findings());
		findings.add(finding(model.get(), diff));
		return new GuardReport(findings);
	}

	/** Where the scratch schemas go: {@code migrate.dev-url}'s server, else the application's own. */
	static javax.sql.DataSource server(CommandContext context) {
		return (context.devDataSource() != null) ? context.devDataSource() : context.dataSource();
	}

	static Finding finding(ModelSchema model, CatalogDiff diff) {
		StringBuilder message = new StringBuilder(model.describe()).append(" and the schema the revisions build differ (")
			.append(diff.differences().size()).append(diff.differences().size() == 1 ? " difference" : " differences")
			.append("): ");
		List<String> each = diff.differences().stream().map(Difference::describe).toList();
		message.append(String.join("; ", each)).append(". Run revision --autogenerate -m '<message>' to write the "
				+ "revisions that close it, or change the entities back.");
		return new Finding(RULE, Severity.ERROR, "", "", 0, "", message.toString(), false, null);
	}

	/** One difference as autogenerate's JSON prints it: drift's fields and the phase it goes in. */
	static Map<String, Object> json(Difference difference) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("kind", difference.kind().id());
		json.put("object", difference.object());
		json.put("expected", difference.expectedText());
		json.put("actual", difference.actualText());
		json.put("phase", difference.phase().key());
		return json;
	}

}
