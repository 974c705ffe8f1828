package dev.migrate.core.catalog;

/** One object of a catalog: a table, or a part of one. */
public sealed interface SchemaObject permits Table, Column, PrimaryKey, UniqueConstraint, Index, ForeignKey, CheckConstraint {

	/** The object as a short, readable definition, e.g. {@code varchar(20) NOT NULL DEFAULT 'x'}. */
	String describe();

}
