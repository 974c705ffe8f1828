package dev.migrate.core.autogen;

import java.util.List;

/**
 * The schema an application's model describes (its JPA entities, in Spring Boot), as the DDL that
 * creates it: autogenerate runs these statements in a scratch schema and compares what the
 * database built with what the revisions build. Core knows no ORM; the application side supplies
 * this (see {@code dev.migrate.spring.autoconfigure.autogenerate}).
 */
public interface ModelSchema {

	/** What the model is, for messages, e.g. {@code the JPA entities (3 entities, 4 tables)}. */
	String describe();

	/**
	 * The statements that create the model's tables, constraints and indexes, unqualified (they
	 * run in the scratch schema's connection), in the order they must run, for the application's
	 * database.
	 */
	List<String> createStatements();

}
