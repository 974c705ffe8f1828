package dev.migrate.core.autogen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.migrate.core.catalog.diff.Difference;
import dev.migrate.core.catalog.diff.DifferenceKind;

/**
 * Objects that change rather than come or go: a foreign key, index, unique or check constraint of
 * the same name on the same table, missing in one form and extra in another (an ON DELETE that
 * changed, an index over other columns). Closing it is a drop and an add under one name, so both
 * halves go together into the contract revision; split, the expand revision would add a second
 * object of a name that still exists.
 */
final class Replacements {

	private static final Map<DifferenceKind, DifferenceKind> PAIRS = Map.of(DifferenceKind.MISSING_FOREIGN_KEY,
			DifferenceKind.EXTRA_FOREIGN_KEY, DifferenceKind.MISSING_INDEX, DifferenceKind.EXTRA_INDEX,
			DifferenceKind.MISSING_UNIQUE, DifferenceKind.EXTRA_UNIQUE, DifferenceKind.MISSING_CHECK,
			DifferenceKind.EXTRA_CHECK);

	private Replacements() {
	}

	/** Both halves of each replaced object, in the order of the differences. */
	static List<Difference> of(List<Difference> differences) {
		List<Difference> replaced = new ArrayList<>();
		for (Difference missing : differences) {
			DifferenceKind extraKind = PAIRS.get(missing.kind());
			if (extraKind == null) {
				continue;
			}
			for (Difference extra : differences) {
				if (extra.kind() == extraKind && extra.object().equalsIgnoreCase(missing.object())) {
					replaced.add(missing);
					replaced.add(extra);
				}
			}
		}
		return differences.stream().filter(replaced::contains).toList();
	}

}
