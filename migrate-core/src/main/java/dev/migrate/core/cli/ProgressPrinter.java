package dev.migrate.core.cli;

import java.time.Duration;

import dev.migrate.core.engine.MigrateListener;
import dev.migrate.core.plan.PlanStep;
import dev.migrate.core.revision.Revision;

/** Prints one line per revision as it runs (text output only). */
final class ProgressPrinter implements MigrateListener {

	private final Output output;

	ProgressPrinter(Output output) {
		this.output = output;
	}

	@Override
	public void baselineStamped(String revision, String schema, String versionTable, int existingTables) {
		if (!this.output.isJson()) {
			this.output.line(BaselineText.of(revision, schema, versionTable, existingTables));
		}
	}

	@Override
	public void stepFinished(PlanStep step, int number, int total, Duration duration) {
		if (this.output.isJson()) {
			return;
		}
		Revision revision = step.revision();
		String from = revision.downRevisions().isEmpty() ? "<base>" : String.join(", ", revision.downRevisions());
		String arrow = step.operation().key().equals("upgrade") ? from + " -> " + revision.id()
				: revision.id() + " -> " + from;
		this.output.line("[" + number + "/" + total + "] " + step.operation().key() + " " + arrow
				+ (revision.message().isEmpty() ? "" : ", " + revision.message()) + " (" + duration.toMillis() + " ms)");
	}

}
