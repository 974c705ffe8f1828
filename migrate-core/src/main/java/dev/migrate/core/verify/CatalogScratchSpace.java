package dev.migrate.core.verify;

import java.util.Objects;

import javax.sql.DataSource;

import dev.migrate.core.catalog.scratch.ScratchSchema;
import dev.migrate.core.dialect.Dialect;

/**
 * Scratch schemas of the catalog package ({@link ScratchSchema}) on the server of a DataSource:
 * the application's own (never its schema), or a separate dev server's.
 */
public final class CatalogScratchSpace implements ScratchSpace {

	private final DataSource server;

	public CatalogScratchSpace(DataSource server) {
		this.server = Objects.requireNonNull(server, "server");
	}

	@Override
	public Scratch create() {
		ScratchSchema schema = ScratchSchema.create(this.server);
		return new Scratch() {

			@Override
			public DataSource dataSource() {
				return schema.dataSource();
			}

			@Override
			public String schema() {
				return schema.schema();
			}

			@Override
			public Dialect dialect() {
				return schema.dialect();
			}

			@Override
			public void close() {
				schema.close();
			}

		};
	}

}
