package dev.migrate.core.verify;

import javax.sql.DataSource;

import dev.migrate.core.dialect.Dialect;

/** Where a check gets an empty schema of its own, dropped when the check is done. */
@FunctionalInterface
public interface ScratchSpace {

	/** A new, empty, uniquely named schema (on MariaDB/MySQL, database). */
	Scratch create();

	/** One scratch schema: connections whose current schema it is. */
	interface Scratch extends AutoCloseable {

		/** Connections whose current schema is {@link #schema()}. */
		DataSource dataSource();

		/** The schema's name, exactly as the catalog names it. */
		String schema();

		Dialect dialect();

		/** Drops the schema and everything in it. */
		@Override
		void close();

	}

}
