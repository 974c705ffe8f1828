package dev.migrate.core.catalog;

/** What a foreign key does when the referenced row is deleted or its key updated. */
public enum ReferentialAction {

	NO_ACTION("NO ACTION"), RESTRICT("RESTRICT"), CASCADE("CASCADE"), SET_NULL("SET NULL"), SET_DEFAULT("SET DEFAULT");

	private final String sql;

	ReferentialAction(String sql) {
		this.sql = sql;
	}

	/** The action as SQL writes it, e.g. {@code SET NULL}. */
	public String sql() {
		return this.sql;
	}

	/** Parses what a catalog reports ({@code SET NULL}, {@code SET_NULL}, {@code set null}). */
	public static ReferentialAction parse(String text) {
		String key = text.strip().replace('_', ' ');
		for (ReferentialAction action : values()) {
			if (action.sql.equalsIgnoreCase(key)) {
				return action;
			}
		}
		throw new IllegalArgumentException("Unknown referential action '" + text + "'");
	}

}
