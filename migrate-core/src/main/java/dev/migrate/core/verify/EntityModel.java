package dev.migrate.core.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.autogen.ModelComparison;
import dev.migrate.core.autogen.ModelSchema;
import dev.migrate.core.catalog.CatalogReader;
import dev.migrate.core.catalog.SchemaCatalog;
import dev.migrate.core.catalog.diff.CatalogDiff;
import dev.migrate.core.catalog.diff.Difference;
import dev.migrate.core.dialect.Dialect;

/**
 * The schema an application's entities describe, compared with a schema the revisions built: what
 * the entities-match check asks. {@link #of(ModelSchema, DataSource)} compares as autogenerate does.
 */
@FunctionalInterface
public interface EntityModel {

	/**
	 * Every difference between the entities and {@code schema}, which the revisions have just
	 * upgraded to heads, each one line naming the table or column and both sides; empty when they
	 * agree.
	 * @param dataSource connections whose current schema is {@code schema}
	 */
	List<String> differences(DataSource dataSource, String schema, Dialect dialect);

	/**
	 * The entities of {@code model} (e.g. JPA's), built by the database in a scratch schema of their
	 * own on {@code server} and compared by the catalog diff: expected is the entities' schema.
	 */
	static EntityModel of(ModelSchema model, DataSource server) {
		Objects.requireNonNull(model, "model");
		Objects.requireNonNull(server, "server");
		return (dataSource, schema, dialect) -> {
			SchemaCatalog entities = new ModelComparison(server).model(model);
			SchemaCatalog revisions;
			try (Connection connection = dataSource.getConnection()) {
				revisions = CatalogReader.of(dialect).read(connection, schema);
			}
			catch (SQLException ex) {
				throw new MigrateException(ErrorCode.DATABASE, "Could not read the schema the revisions built: "
						+ ex.getMessage(), ex);
			}
			return CatalogDiff.between(entities, revisions).differences().stream().map(Difference::describe).toList();
		};
	}

}
