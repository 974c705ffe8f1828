package dev.migrate.core.drawing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.migrate.core.engine.MigrationStatus;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.plan.Planner;
import dev.migrate.core.revision.Revision;

/**
 * Where a database stands on the graph, as {@code current} reads it: its version rows, what is
 * applied and pending, and the revision of a recorded failure.
 *
 * @param state the state ({@code UP_TO_DATE}, {@code PENDING}, ...), {@code null} when no database was read
 * @param reason why the state is {@code FAILED} or {@code RUNNING} when the state alone does not say, or {@code null}
 * @param current the version rows
 * @param applied the revisions the rows stand for (the rows and all they need)
 * @param pending what an upgrade to the target would apply
 * @param failed the revision of the recorded failure, or {@code null}
 * @param detail the state's sentence, or {@code null}
 * @param unknown version rows this code does not know
 */
public record GraphMarks(String state, String reason, List<String> current, Set<String> applied, Set<String> pending,
		String failed, String detail, List<String> unknown) {

	public GraphMarks {
		current = List.copyOf(current);
		applied = Set.copyOf(applied);
		pending = Set.copyOf(pending);
		unknown = List.copyOf(unknown);
	}

	/** No database: a drawing of the graph alone. */
	public static GraphMarks none() {
		return new GraphMarks(null, null, List.of(), Set.of(), Set.of(), null, null, List.of());
	}

	/**
	 * @param state the state to show (a running application may know more than the tables, e.g.
	 * {@code RUNNING}); {@code null} for the status's own
	 */
	public static GraphMarks of(MigrationStatus status, RevisionGraph graph, String state) {
		List<String> known = new ArrayList<>();
		for (String row : status.current()) {
			if (graph.contains(row)) {
				known.add(row);
			}
		}
		Set<String> applied = new LinkedHashSet<>();
		BitSet set = new Planner(graph).applied(known);
		applied.addAll(graph.ids(set));
		Set<String> pending = new LinkedHashSet<>();
		for (Revision revision : status.pending()) {
			pending.add(revision.id());
		}
		String failed = (status.failure() != null) ? status.failure().entry().revision() : null;
		return new GraphMarks((state != null) ? state : status.state().name(),
				(status.reason() != null) ? status.reason().key() : null, status.current(), applied, pending, failed,
				status.detail(), status.unknown());
	}

	/** The same marks under another state and sentence (what a running application knows beyond the tables). */
	public GraphMarks withState(String state, String detail) {
		return new GraphMarks(state, this.reason, this.current, this.applied, this.pending, this.failed, detail,
				this.unknown);
	}

	/** Whether a database was read. */
	public boolean hasDatabase() {
		return this.state != null;
	}

	/** What a revision is on this database. */
	public Mark markOf(String revision) {
		if (!hasDatabase()) {
			return Mark.NONE;
		}
		if (revision.equals(this.failed)) {
			return Mark.FAILED;
		}
		if (this.pending.contains(revision)) {
			return Mark.PENDING;
		}
		return this.applied.contains(revision) ? Mark.APPLIED : Mark.NOT_APPLIED;
	}

	/** What a revision is on the database the drawing shows. */
	public enum Mark {

		/** No database was read. */
		NONE("", "#e8eefc", "#4a6fd1"),
		/** Applied. */
		APPLIED("applied", "#d3f2dc", "#2f8f4e"),
		/** An upgrade to the target would apply it. */
		PENDING("pending", "#fff1c2", "#b07d00"),
		/** Its recorded failure blocks the next run. */
		FAILED("FAILED", "#ffd6d6", "#c62828"),
		/** Not applied, and not on the way to the target. */
		NOT_APPLIED("not applied", "#f2f2f2", "#8a8a8a");

		private final String text;

		private final String fill;

		private final String stroke;

		Mark(String text, String fill, String stroke) {
			this.text = text;
			this.fill = fill;
			this.stroke = stroke;
		}

		public String text() {
			return this.text;
		}

		/** The node's fill colour in the SVG (the screenshot test looks for these). */
		public String fill() {
			return this.fill;
		}

		public String stroke() {
			return this.stroke;
		}

	}

}
