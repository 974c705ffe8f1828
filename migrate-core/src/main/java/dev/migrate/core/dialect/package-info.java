/**
 * What differs between the supported databases, one small class each behind
 * {@link dev.migrate.core.dialect.Dialect}: SQL syntax, transactional DDL, identifier quoting, the
 * DDL of migrate's tables and the catalog queries. {@link dev.migrate.core.dialect.Dialects} chooses
 * one by name, JDBC URL or product name.
 */
package dev.migrate.core.dialect;
