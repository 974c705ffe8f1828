package dev.migrate.core.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.DatabaseCatalog;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.Dialects;

/**
 * Reads a schema's {@link SchemaCatalog} from a live connection: JDBC metadata for tables, primary
 * and foreign keys, and the database's own catalog ({@code pg_catalog}, MariaDB's and H2's
 * {@code INFORMATION_SCHEMA}) for what JDBC metadata does not say exactly (types as the database
 * normalised them, defaults, identity, unique constraints, index expressions and predicates,
 * checks). Migrate's own tables are left out. Immutable; holds no connection.
 */
public final class CatalogReader {

	/** Migrate's own tables under their default names, never part of a catalog. */
	public static final Set<String> MIGRATE_TABLES = Set.of("migrate_version", "migrate_history", "migrate_lock",
			"migrate_instances");

	private final Dialect dialect;

	private final Set<String> excluded;

	private CatalogReader(Dialect dialect, Set<String> excluded) {
		this.dialect = Objects.requireNonNull(dialect, "dialect");
		this.excluded = excluded;
	}

	/** A reader for {@code dialect} that leaves out {@link #MIGRATE_TABLES}. */
	public static CatalogReader of(Dialect dialect) {
		return new CatalogReader(dialect, keys(MIGRATE_TABLES));
	}

	/** A reader for the database {@code connection} is connected to, leaving out {@link #MIGRATE_TABLES}. */
	public static CatalogReader of(Connection connection) {
		return of(Dialects.builtIn().forConnection(connection));
	}

	/** This reader, also leaving out the tables named {@code tables} (ignoring case), e.g. renamed version tables. */
	public CatalogReader excluding(Collection<String> tables) {
		Set<String> names = new TreeSet<>(this.excluded);
		names.addAll(keys(tables));
		return new CatalogReader(this.dialect, Set.copyOf(names));
	}

	public Dialect dialect() {
		return this.dialect;
	}

	/**
	 * The catalog of {@code schema}.
	 * @param schema the schema (on MariaDB, the database), exactly as the database names it, or
	 * {@code null} for the connection's current schema
	 * @throws MigrateException ({@link ErrorCode#DATABASE}) when the catalog cannot be read
	 */
	public SchemaCatalog read(Connection connection, String schema) {
		String name = (schema != null) ? schema : new DatabaseCatalog(this.dialect).currentSchema(connection);
		try {
			List<Table> tables = Introspection.forDialect(this.dialect).read(connection, name).stream()
				.filter(table -> !this.excluded.contains(Names.key(table.name())))
				.toList();
			return new SchemaCatalog(this.dialect.name(), name, tables);
		}
		catch (SQLException ex) {
			throw new MigrateException(ErrorCode.DATABASE, "Could not read the catalog of schema '" + name + "' on "
					+ this.dialect.name() + ": " + ex.getMessage(), ex);
		}
	}

	private static Set<String> keys(Collection<String> names) {
		return Set.copyOf(names.stream().map(Names::key).toList());
	}

}
