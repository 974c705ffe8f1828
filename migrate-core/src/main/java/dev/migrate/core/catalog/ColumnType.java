package dev.migrate.core.catalog;


/**
 * A column's type as the database reports it, normalised: {@code name} is the database's own
 * canonical spelling in lower case ({@code integer}, {@code varchar}, {@code numeric},
 * {@code timestamp with time zone}, ...), with its length (character and binary types) or
 * precision and scale (exact numerics, fractional seconds) where the type takes them.
 *
 * @param name canonical type name, lower case but for what a type quotes (enum values)
 * @param length maximum length, or {@code null}
 * @param precision precision (digits, or fractional-second digits), or {@code null}
 * @param scale scale, or {@code null}
 */
public record ColumnType(String name, Integer length, Integer precision, Integer scale) {

	public ColumnType {
		name = Names.require("A column type", name).strip();
	}

	public static ColumnType of(String name) {
		return new ColumnType(name, null, null, null);
	}

	public static ColumnType withLength(String name, int length) {
		return new ColumnType(name, length, null, null);
	}

	public static ColumnType withPrecision(String name, Integer precision, Integer scale) {
		return new ColumnType(name, null, precision, scale);
	}

	/** Words after which a type's arguments never go: {@code timestamp(3) with time zone}, {@code decimal(10,2) unsigned}. */
	private static final java.util.List<String> SUFFIXES = java.util.List.of(" with time zone", " without time zone",
			" unsigned", " zerofill", " signed", "[]", " array");

	/**
	 * The type as SQL: {@code varchar(20)}, {@code numeric(10,2)}, {@code timestamp(3) with time zone},
	 * {@code decimal(10,2) unsigned}, {@code character varying(20)[]}: the arguments go before the
	 * first of the words that follow a type's arguments.
	 */
	public String sql() {
		String arguments = (this.length != null) ? "(" + this.length + ")"
				: (this.precision != null) ? "(" + this.precision + ((this.scale != null) ? "," + this.scale : "") + ")" : "";
		if (arguments.isEmpty()) {
			return this.name;
		}
		int at = this.name.length();
		for (String suffix : SUFFIXES) {
			int found = this.name.indexOf(suffix);
			if (found > 0 && found < at) {
				at = found;
			}
		}
		return this.name.substring(0, at) + arguments + this.name.substring(at);
	}

	@Override
	public String toString() {
		return sql();
	}

}
