package dev.migrate.core.cli;

/** The sentence that says a legacy schema was adopted, and where. */
final class BaselineText {

	private BaselineText() {
	}

	static String of(String revision, String schema, String versionTable, int existingTables) {
		return "Adopted the legacy schema '" + schema + "' (" + existingTables + " existing table(s), data kept): "
				+ "stamped it at " + revision + " in " + schema + "." + versionTable + " without running revisions.";
	}

}
