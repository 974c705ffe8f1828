package dev.migrate.core.catalog.diff;

import dev.migrate.core.revision.Phase;

/** Whether closing a difference is an expand or a contract step. */
final class Phases {

	private Phases() {
	}

	static Phase of(Difference difference) {
		throw new UnsupportedOperationException("not yet");
	}

}
