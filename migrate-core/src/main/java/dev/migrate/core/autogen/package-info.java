/**
 * {@code revision --autogenerate} and {@code check}'s {@code entities-differ}: the schema a model
 * describes against the schema the revisions build, each built in a scratch schema and read as a
 * catalog, and the revisions that close the difference (additions in an expand revision, removals
 * and tightenings in a contract revision on top of it).
 */
package dev.migrate.core.autogen;
