package dev.migrate.core.engine;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.history.HistoryEntry;
import dev.migrate.core.history.HistoryRow;
import dev.migrate.core.history.Outcome;
import dev.migrate.core.plan.Operation;

/**
 * Tells a database that is simply ahead of this code (a newer version applied revisions on top
 * of everything this code has) from one that has diverged from it. The history table records
 * each applied revision's down_revisions, so unknown revisions can be traced back to known ones.
 */
final class Ancestry {

	private final RevisionGraph graph;

	Ancestry(RevisionGraph graph) {
		this.graph = graph;
	}

	/**
	 * Why the database has diverged from this code, or {@code null} when it is simply ahead.
	 * @param rows the version rows
	 * @param history the history table, oldest first
	 * @param needed the revisions this code's target needs
	 */
	String divergence(List<String> rows, List<HistoryRow> history, BitSet needed) {
		Trace trace = trace(rows, history, needed);
		if (trace.untraced() != null) {
			return "revision " + trace.untraced() + " has no row in the history table to trace where it comes from";
		}
		if (trace.missing().isEmpty()) {
			return null;
		}
		List<String> ids = this.graph.ids(trace.missing());
		return "this code's revision(s) " + String.join(", ", (ids.size() > 5) ? ids.subList(0, 5) : ids)
				+ ((ids.size() > 5) ? ", ..." : "") + " are not applied although the database moved past the revisions "
				+ "it shares with this code";
	}

	/**
	 * The revisions of this code that {@code needed} holds and the database has not applied, traced
	 * through the history from the version rows.
	 * @return what is missing, and the first version row that could not be traced ({@code null} when all were)
	 */
	Trace trace(List<String> rows, List<HistoryRow> history, BitSet needed) {
		Map<String, List<String>> parents = new HashMap<>();
		for (HistoryRow row : history) {
			HistoryEntry entry = row.entry();
			if (entry.outcome() == Outcome.SUCCESS && entry.operation() != Operation.DOWNGRADE) {
				parents.put(entry.revision(), entry.downRevisions());
			}
		}
		BitSet reached = new BitSet(this.graph.size());
		Deque<String> work = new ArrayDeque<>(rows);
		Set<String> seen = new HashSet<>(rows);
		String untraced = null;
		while (!work.isEmpty()) {
			String id = work.pop();
			int index = this.graph.indexOf(id);
			if (index >= 0) {
				reached.set(index);
				continue;
			}
			List<String> up = parents.get(id);
			if (up == null) {
				untraced = (untraced != null) ? untraced : id;
				continue;
			}
			for (String parent : up) {
				if (seen.add(parent)) {
					work.push(parent);
				}
			}
		}
		BitSet missing = (BitSet) needed.clone();
		missing.andNot(this.graph.ancestorsOf(reached));
		return new Trace(missing, untraced);
	}

	/**
	 * @param missing revisions needed and not applied, by graph index
	 * @param untraced a version row whose origin the history does not record, or {@code null}
	 */
	record Trace(BitSet missing, String untraced) {
	}

}
