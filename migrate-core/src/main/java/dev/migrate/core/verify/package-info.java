/**
 * The checks of an application's revisions that pytest-alembic popularised, done exactly: one head,
 * upgrade from base, up-down-up per revision compared by catalog, the guard in fail mode, the
 * entities against what the revisions build, and seed rows that survive a revision. Each check
 * runs in its own scratch schema; the JUnit kit ({@code migrate-test}) and {@code migrate test}
 * both run them from here.
 */
package dev.migrate.core.verify;
