package dev.migrate.core.catalog.diff;

import java.util.List;

import dev.migrate.core.catalog.SchemaCatalog;

final class Comparison {

	private Comparison() {
	}

	static List<Difference> compare(SchemaCatalog expected, SchemaCatalog actual) {
		throw new UnsupportedOperationException("not yet");
	}

}
