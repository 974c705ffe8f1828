package dev.migrate.core.graph;

import java.util.AbstractList;
import java.util.RandomAccess;

import dev.migrate.core.revision.Revision;

/** A read-only view of the graph's revision array, in apply order or reversed. */
final class RevisionList extends AbstractList<Revision> implements RandomAccess {

	private final Revision[] revisions;

	private final boolean reversed;

	RevisionList(Revision[] revisions, boolean reversed) {
		this.revisions = revisions;
		this.reversed = reversed;
	}

	@Override
	public Revision get(int index) {
		return this.revisions[this.reversed ? this.revisions.length - 1 - index : index];
	}

	@Override
	public int size() {
		return this.revisions.length;
	}

}
