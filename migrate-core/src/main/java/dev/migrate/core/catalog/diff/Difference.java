package dev.migrate.core.catalog.diff;

import java.util.Objects;

import dev.migrate.core.catalog.SchemaObject;
import dev.migrate.core.revision.Phase;

/**
 * One difference between an expected and an actual catalog.
 *
 * @param kind what differs
 * @param table the table it is in (for table kinds, the table itself)
 * @param object what it names, as {@code drift} prints it: {@code table}, {@code table.column},
 * {@code table.index_name}, {@code table.constraint_name}
 * @param expected the object as expected: a {@code Table}, {@code Column}, {@code Index}, ... of the
 * expected catalog, or {@code null} when it should not exist
 * @param actual the object as it is, or {@code null} when it does not exist
 */
public record Difference(DifferenceKind kind, String table, String object, SchemaObject expected, SchemaObject actual) {

	public Difference {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(object, "object");
		if (expected == null && actual == null) {
			throw new IllegalArgumentException("A difference needs an expected or an actual object: " + object);
		}
	}

	/** The expected side as {@code drift} prints it, or {@code null} when the object should not exist. */
	public String expectedText() {
		return Texts.side(this.kind, this.expected);
	}

	/** The actual side as {@code drift} prints it, or {@code null} when the object does not exist. */
	public String actualText() {
		return Texts.side(this.kind, this.actual);
	}

	/**
	 * Whether closing this difference (turning actual into expected) adds or loosens
	 * ({@link Phase#EXPAND}: a new table, column, index or constraint, DROP NOT NULL, a wider type,
	 * a new or changed default) or removes or tightens ({@link Phase#CONTRACT}: a dropped table,
	 * column, index or constraint, SET NOT NULL, a narrower or other type, a dropped default).
	 */
	public Phase phase() {
		return Phases.of(this);
	}

	/** The same difference seen from the other side: what the downgrade closes. */
	public Difference inverse() {
		return new Difference(this.kind.inverse(), this.table, this.object, this.actual, this.expected);
	}

	/** One readable line: {@code column-type users.name: expected varchar(40), actual varchar(20)}. */
	public String describe() {
		String expectedText = expectedText();
		String actualText = actualText();
		return this.kind.id() + " " + this.object + ": expected " + ((expectedText != null) ? expectedText : "none")
				+ ", actual " + ((actualText != null) ? actualText : "none");
	}

}
