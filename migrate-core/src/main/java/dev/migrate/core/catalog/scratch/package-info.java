/**
 * The scratch schema ("dev database"): a temporary schema (PostgreSQL), database (MariaDB) or
 * in-memory database (H2) that revisions or any DDL are replayed into, read as a catalog and
 * dropped, also when the run is interrupted; and {@link dev.migrate.core.catalog.scratch.Drift},
 * the live schema compared with what its applied revisions build there.
 */
package dev.migrate.core.catalog.scratch;
