package dev.migrate.core.cli;

import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Revision;

/** How the command line shows one revision, in text and JSON. */
record RevisionView(String revision, List<String> downRevisions, List<String> dependsOn, List<String> branchLabels,
		String message, String phase, boolean transactional, boolean reversible, String file, boolean head,
		boolean branchPoint, boolean mergePoint) {

	static RevisionView of(RevisionGraph graph, Revision revision) {
		int index = graph.indexOf(revision.id());
		List<String> labels = new ArrayList<>(revision.branchLabels());
		labels.sort(null);
		return new RevisionView(revision.id(), revision.downRevisions(), revision.dependsOn(), labels, revision.message(),
				(revision.phase() != null) ? revision.phase().key() : null, revision.transactional(),
				revision.isReversible(), revision.source(), graph.isHead(index), graph.childCount(index) > 1,
				revision.isMerge());
	}

	/** Alembic's one-line form: {@code a1, b2 -> c3 (label) (head) (mergepoint), message}. */
	String line() {
		StringBuilder text = new StringBuilder();
		text.append(this.downRevisions.isEmpty() ? "<base>" : String.join(", ", this.downRevisions));
		text.append(" -> ").append(idWithMarks());
		if (!this.message.isEmpty()) {
			text.append(", ").append(this.message);
		}
		return text.toString();
	}

	/** {@code c3 (label) (head) (branchpoint) (mergepoint)}. */
	String idWithMarks() {
		StringBuilder text = new StringBuilder(this.revision);
		if (!this.branchLabels.isEmpty()) {
			text.append(" (").append(String.join(", ", this.branchLabels)).append(")");
		}
		if (this.head) {
			text.append(" (head)");
		}
		if (this.branchPoint) {
			text.append(" (branchpoint)");
		}
		if (this.mergePoint) {
			text.append(" (mergepoint)");
		}
		return text.toString();
	}

}
