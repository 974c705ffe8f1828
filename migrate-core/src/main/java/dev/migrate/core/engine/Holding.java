package dev.migrate.core.engine;

import java.util.BitSet;
import java.util.List;

/**
 * Which pending revisions an upgrade leaves for later: during a rolling deploy, the contract
 * revisions that a still running older version lacks, and what descends from them. Asked under
 * the lock before planning, and by the status, so that held revisions are neither applied nor
 * counted as pending. The held set must contain every descendant of each of its members.
 */
@FunctionalInterface
public interface Holding {

	/** Nothing is held: every upgrade applies everything its target needs. */
	Holding NONE = rows -> new BitSet();

	/**
	 * @param rows the version rows, all known to the graph
	 * @return the graph indexes of the revisions to hold back (applied ones are ignored)
	 */
	BitSet held(List<String> rows);

}
