package dev.migrate.core.engine;

import java.sql.SQLException;

import dev.migrate.core.plan.MigrationPlan;

/**
 * What one command decides once the lock is held and the tables are read; a stamp or resolve
 * also writes it. {@code null}: nothing to do because the database is ahead.
 */
@FunctionalInterface
interface Planning {

	MigrationPlan plan(Session session, Session.Snapshot snapshot) throws SQLException;

}
