package dev.migrate.core.catalog;

/**
 * A check constraint, where the database reports them (PostgreSQL, MariaDB 10.2+, H2 2.x). Column
 * {@code NOT NULL} is not a check: it is {@link Column#nullable()}.
 *
 * @param name the constraint's name (generated names included)
 * @param expression the condition as the database prints it back (normalised by the database)
 */
public record CheckConstraint(String name, String expression) implements SchemaObject {

	public CheckConstraint {
		Names.require("A check constraint", name);
		Names.require("A check constraint's expression", expression);
	}

	@Override
	public String describe() {
		return "CHECK (" + this.expression + ")";
	}

}
