package dev.migrate.alembic;

import java.util.List;

/**
 * How a case ended: every command agreed, or the sides parted after {@code commandsRun} commands
 * either at a known difference (named) or at an unexplained disagreement. {@code notes}: known
 * differences seen on the way that left both sides in the same state (e.g. Alembic crashing where
 * migrate refuses cleanly), after which the case went on.
 */
record CaseResult(DifferentialCase testCase, int commandsRun, KnownDifference known, String disagreement,
		List<String> notes) {

	CaseResult {
		notes = List.copyOf(notes);
	}

	boolean disagreed() {
		return this.disagreement != null;
	}

}
