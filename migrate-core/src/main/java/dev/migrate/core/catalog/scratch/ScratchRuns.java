package dev.migrate.core.catalog.scratch;

import java.util.List;

import dev.migrate.core.catalog.CatalogReader;
import dev.migrate.core.catalog.SchemaCatalog;
import dev.migrate.core.graph.RevisionGraph;

/** What runs inside a scratch schema. */
final class ScratchRuns {

	private ScratchRuns() {
	}

	static void execute(ScratchSchema scratch, List<String> statements) {
		throw new UnsupportedOperationException("not yet");
	}

	static void upgrade(ScratchSchema scratch, RevisionGraph graph, List<String> targets) {
		throw new UnsupportedOperationException("not yet");
	}

	static SchemaCatalog catalog(ScratchSchema scratch, CatalogReader reader) {
		throw new UnsupportedOperationException("not yet");
	}

}
