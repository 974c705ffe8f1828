/**
 * DDL that closes catalog differences, per database: {@link dev.migrate.core.catalog.ddl.DdlWriter}
 * writes the statements that turn the actual schema into the expected one, and the reverse.
 */
package dev.migrate.core.catalog.ddl;
