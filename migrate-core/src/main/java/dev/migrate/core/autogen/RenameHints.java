package dev.migrate.core.autogen;

import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.catalog.diff.Difference;
import dev.migrate.core.catalog.diff.DifferenceKind;

/**
 * Where a difference could be a rename: autogenerate never guesses one (the data would be lost
 * either way if it guessed wrong), it writes a drop and an add. When a table loses a column and
 * gains one, or a table goes while another comes, it says that a rename needs the expand/contract
 * recipe instead.
 */
public final class RenameHints {

	private RenameHints() {
	}

	public static List<String> of(List<Difference> differences) {
		List<String> hints = new ArrayList<>();
		List<Difference> droppedTables = of(differences, DifferenceKind.EXTRA_TABLE);
		List<Difference> addedTables = of(differences, DifferenceKind.MISSING_TABLE);
		if (!droppedTables.isEmpty() && !addedTables.isEmpty()) {
			hints.add("Table(s) " + names(droppedTables, false) + " are dropped and " + names(addedTables, false)
					+ " added. If that is a rename, do not ship it as written: the drop loses the data and breaks the "
					+ "running version. Use the expand/contract recipe: expand (create the new table, copy, write "
					+ "both), deploy, then contract (drop the old one).");
		}
		for (Difference dropped : of(differences, DifferenceKind.EXTRA_COLUMN)) {
			List<Difference> added = of(differences, DifferenceKind.MISSING_COLUMN).stream()
				.filter((difference) -> difference.table().equalsIgnoreCase(dropped.table()))
				.toList();
			if (!added.isEmpty()) {
				hints.add("Column " + dropped.object() + " is dropped and " + names(added, true)
						+ " added on the same table. If that is a rename, it is not one here: the drop loses the "
						+ "column's data. Use the expand/contract recipe: expand (add the new column, copy the data, "
						+ "write both), deploy, then contract (drop the old column); see docs/guard.md, rename-column.");
			}
		}
		return hints;
	}

	private static List<Difference> of(List<Difference> differences, DifferenceKind kind) {
		return differences.stream().filter((difference) -> difference.kind() == kind).toList();
	}

	private static String names(List<Difference> differences, boolean qualified) {
		return String.join(", ", differences.stream()
			.map((difference) -> (qualified ? difference.object() : difference.table()))
			.toList());
	}

}
