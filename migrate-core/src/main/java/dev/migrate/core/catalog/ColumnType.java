package dev.migrate.core.catalog;

import java.util.Locale;
import java.util.Objects;

/**
 * A column's type as the database reports it, normalised: {@code name} is the database's own
 * canonical spelling in lower case ({@code integer}, {@code varchar}, {@code numeric},
 * {@code timestamp with time zone}, ...), with its length (character and binary types) or
 * precision and scale (exact numerics, fractional seconds) where the type takes them.
 *
 * @param name canonical type name, lower case
 * @param length maximum length, or {@code null}
 * @param precision precision (digits, or fractional-second digits), or {@code null}
 * @param scale scale, or {@code null}
 */
public record ColumnType(String name, Integer length, Integer precision, Integer scale) {

	public ColumnType {
		name = Names.require("A column type", name).strip().toLowerCase(Locale.ROOT);
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

	/**
	 * The type as SQL: {@code varchar(20)}, {@code numeric(10,2)}, {@code timestamp(3) with time zone}.
	 * A type whose name has words after its first ({@code timestamp with time zone}) takes its
	 * precision after the first word, as PostgreSQL and H2 write it.
	 */
	public String sql() {
		String arguments = (this.length != null) ? "(" + this.length + ")"
				: (this.precision != null) ? "(" + this.precision + ((this.scale != null) ? "," + this.scale : "") + ")" : "";
		if (arguments.isEmpty()) {
			return this.name;
		}
		int space = this.name.indexOf(' ');
		if (space > 0 && (this.name.endsWith("time zone"))) {
			return this.name.substring(0, space) + arguments + this.name.substring(space);
		}
		return this.name + arguments;
	}

	@Override
	public String toString() {
		return sql();
	}

	/** Same as {@link #equals} but for the name's case, kept for callers that build types by hand. */
	public boolean sameAs(ColumnType other) {
		return Objects.equals(this, other);
	}

}
