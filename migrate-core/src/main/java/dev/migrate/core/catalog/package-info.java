/**
 * A schema's catalog as a real database reports it: tables, columns, keys, indexes, foreign keys
 * and checks, read by {@link dev.migrate.core.catalog.CatalogReader} and normalised per database so
 * that two schemas built by the same DDL read the same. {@code diff} compares two catalogs,
 * {@code ddl} writes the statements that close a difference, {@code scratch} builds a temporary
 * schema ("dev database") from revisions.
 */
package dev.migrate.core.catalog;
