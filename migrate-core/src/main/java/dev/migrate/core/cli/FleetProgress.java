package dev.migrate.core.cli;

import java.io.PrintWriter;
import java.util.Locale;

import dev.migrate.core.fleet.FleetListener;
import dev.migrate.core.fleet.TenantOutcome;

/**
 * A fleet's output while it runs: one line per schema as it finishes (text), and with many
 * schemas a progress line on the error stream (done/total, failures so far, schemas per second)
 * every tenth of the fleet or every few seconds, instead of a line per revision per schema.
 */
final class FleetProgress implements FleetListener {

	private static final long EVERY_NANOS = 5_000_000_000L;

	private final Output output;

	private final PrintWriter err;

	private final boolean progressLines;

	private final long started = System.nanoTime();

	private long lastProgress = this.started;

	FleetProgress(Output output, PrintWriter err, boolean progressLines) {
		this.output = output;
		this.err = err;
		this.progressLines = progressLines;
	}

	@Override
	public void finished(TenantOutcome outcome, int done, int total, int failures) {
		if (!this.output.isJson()) {
			this.output.line(line(outcome));
		}
		if (!this.progressLines) {
			return;
		}
		long now = System.nanoTime();
		int step = Math.max(1, total / 10);
		if (done == total || done % step == 0 || now - this.lastProgress >= EVERY_NANOS) {
			this.lastProgress = now;
			double seconds = Math.max(1e-3, (now - this.started) / 1e9);
			this.err.println(String.format(Locale.ROOT, "Progress: %d/%d schemas, %d failed, %.1f schemas/s", done, total,
					failures, done / seconds));
		}
	}

	/** {@code tenant_1: UP_TO_DATE, applied 3, current c3} or {@code tenant_7: FAILED: why}. */
	static String line(TenantOutcome outcome) {
		if (outcome.failed()) {
			return outcome.schema() + ": FAILED: " + outcome.error();
		}
		String current = outcome.current().isEmpty() ? "<base>" : String.join(", ", outcome.current());
		String applied = outcome.applied().isEmpty() ? "nothing run" : "ran " + outcome.applied().size();
		return outcome.schema() + ": " + outcome.state() + ", " + applied + ", current " + current;
	}

}
