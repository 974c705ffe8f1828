package dev.migrate.core.verify;

/** The built-in checks, each with the stable id that {@code migrate test --json} reports. */
public enum Check {

	/** One head (or exactly the declared heads), and a graph that loads. */
	SINGLE_HEAD("single-head"),

	/** Upgrade from base to heads on an empty schema. */
	UPGRADE("upgrade"),

	/** Per revision: up to its parents, up, down, the same catalog again, up again. */
	UP_DOWN_UP("up-down-up"),

	/** The JPA entities describe the schema the revisions build. */
	ENTITIES("entities-match"),

	/** The guard in {@code fail} mode, suppressions honoured. */
	GUARD("guard"),

	/** Seed rows written before a revision can still be read after it. */
	DATA_SURVIVES("data-survives");

	private final String id;

	Check(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

}
