package dev.migrate.core.catalog.scratch;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import dev.migrate.core.catalog.CatalogReader;
import dev.migrate.core.catalog.SchemaCatalog;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.graph.RevisionGraph;

/**
 * A temporary, empty schema to build a schema in and read it back: on PostgreSQL a schema, on
 * MariaDB/MySQL a database, both named {@value #PREFIX}{@code <yyyyMMddHHmmss>_<random>} on the
 * server of the DataSource it is created from (the live server, or the {@code --dev-url} one); on
 * H2 an in-memory database. {@link #close()} drops it; a shutdown hook drops it too when the JVM
 * stops before that, and {@link #create} first drops the scratch schemas that killed runs left
 * behind (older than {@link #STALE_AFTER}).
 *
 * <p>Not thread-safe: one run builds one scratch schema.
 */
public final class ScratchSchema implements AutoCloseable {

	/** The prefix of every scratch schema's name: only such schemas are ever dropped. */
	public static final String PREFIX = "migrate_scratch_";

	/** How old a scratch schema is before {@link #create} treats it as left behind by a killed run. */
	public static final Duration STALE_AFTER = Duration.ofHours(1);

	private final ScratchServer server;

	private final String schema;

	private final DataSource dataSource;

	private final Thread shutdownHook;

	private boolean closed;

	ScratchSchema(ScratchServer server, String schema, DataSource dataSource) {
		this.server = server;
		this.schema = schema;
		this.dataSource = dataSource;
		this.shutdownHook = new Thread(this::dropQuietly, "migrate-scratch-cleanup");
		Runtime.getRuntime().addShutdownHook(this.shutdownHook);
	}

	/**
	 * Creates a scratch schema on the server {@code server} connects to (the live database's own
	 * DataSource, or one for a separate dev server), after dropping stale ones there.
	 */
	public static ScratchSchema create(DataSource server) {
		return create(server, Clock.systemUTC());
	}

	/** {@link #create(DataSource)} with the clock that names the schema and judges staleness. */
	public static ScratchSchema create(DataSource server, Clock clock) {
		return ScratchServer.of(server, clock).createScratch();
	}

	/**
	 * Drops the scratch schemas on {@code server} whose name says they were created more than
	 * {@code olderThan} ago; returns their names. Schemas not named {@value #PREFIX}... are never touched.
	 */
	public static List<String> dropStale(DataSource server, Clock clock, Duration olderThan) {
		return ScratchServer.of(server, clock).dropStale(olderThan);
	}

	public Dialect dialect() {
		return this.server.dialect();
	}

	/** The scratch schema's name (on MariaDB its database's; on H2 the in-memory database's schema, {@code PUBLIC}). */
	public String schema() {
		return this.schema;
	}

	/**
	 * Connections whose current schema is the scratch schema, so that unqualified DDL (revision
	 * bodies) lands there. A pooled connection gets its schema back when closed.
	 */
	public DataSource dataSource() {
		return this.dataSource;
	}

	/** Runs {@code statements} in the scratch schema, in order, stopping at the first that fails. */
	public void execute(List<String> statements) {
		ScratchRuns.execute(this, statements);
	}

	/**
	 * Applies the revisions of {@code graph} up to each of {@code targets} (e.g. a live database's
	 * version rows) with migrate's engine, as {@code upgrade <target>} would.
	 * @throws dev.migrate.core.MigrateException naming the revision when one fails here
	 */
	public void upgrade(RevisionGraph graph, List<String> targets) {
		ScratchRuns.upgrade(this, graph, targets);
	}

	/** The scratch schema's catalog (without migrate's tables). */
	public SchemaCatalog catalog() {
		return ScratchRuns.catalog(this, CatalogReader.of(dialect()));
	}

	/** The scratch schema's catalog as {@code reader} reads it (e.g. one excluding renamed version tables). */
	public SchemaCatalog catalog(CatalogReader reader) {
		return ScratchRuns.catalog(this, reader);
	}

	/** Drops the scratch schema. Idempotent. */
	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			this.server.drop(this.schema);
		}
		finally {
			try {
				Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
			}
			catch (IllegalStateException ex) {
				// the JVM is shutting down: the hook runs, or ran, and finds it closed
			}
		}
	}

	private void dropQuietly() {
		if (!this.closed) {
			this.closed = true;
			try {
				this.server.drop(this.schema);
			}
			catch (RuntimeException ex) {
				// a killed run's schema: the next create() drops it as stale
			}
		}
	}

}
