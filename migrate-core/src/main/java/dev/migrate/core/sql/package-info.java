/**
 * SQL text as each database lexes it: a tokenizer ({@link dev.migrate.core.sql.SqlTokenizer}) and a
 * statement splitter ({@link dev.migrate.core.sql.SqlSplitter}), both driven by a per-dialect
 * {@link dev.migrate.core.sql.SqlSyntax}. No regular expression ever reads raw SQL here.
 */
package dev.migrate.core.sql;
