package dev.migrate.core.engine;

import java.util.BitSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Revision;

/**
 * A status with the held revisions taken out of its pending ones: they are not counted, and a
 * database that needs nothing else is {@link State#UP_TO_DATE}. A new version must become ready
 * for the old one to go; held revisions must not stop it.
 */
final class HeldRevisions {

	private static final Logger logger = LoggerFactory.getLogger(HeldRevisions.class);

	private HeldRevisions() {
	}

	static MigrationStatus apply(MigrationStatus status, Holding holding, RevisionGraph graph) {
		if (holding == Holding.NONE || status.pending().isEmpty() || !status.unknown().isEmpty()) {
			return status;
		}
		BitSet held;
		try {
			held = holding.held(status.current());
		}
		catch (RuntimeException ex) {
			// what is held cannot be told (e.g. the registry cannot be read): report everything as pending
			logger.debug("Could not tell which revisions are held", ex);
			return status;
		}
		List<Revision> pending = status.pending().stream().filter(revision -> !held.get(graph.indexOf(revision.id())))
			.toList();
		if (pending.size() == status.pending().size()) {
			return status;
		}
		State state = (status.state() == State.PENDING && pending.isEmpty()) ? State.UP_TO_DATE : status.state();
		return new MigrationStatus(state, status.reason(), status.current(), status.heads(), pending, status.unknown(),
				status.failure(), status.detail());
	}

}
