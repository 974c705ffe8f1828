/**
 * The expand/contract guard: finds statements in revisions that break a rolling deploy (drops,
 * renames, type changes, new required columns, blocking index builds and validations), judged
 * against each revision's phase and the database's dialect. {@link dev.migrate.core.guard.Guard}
 * checks revisions, {@link dev.migrate.core.guard.GuardReport} holds the
 * {@link dev.migrate.core.guard.Finding}s, {@link dev.migrate.core.guard.GuardMode} says what an
 * upgrade does with them. The rules are listed in {@link dev.migrate.core.guard.Rule} and
 * documented in {@code docs/guard.md}.
 */
package dev.migrate.core.guard;
