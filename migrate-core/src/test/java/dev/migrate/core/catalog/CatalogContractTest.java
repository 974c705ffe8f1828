package dev.migrate.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.core.catalog.diff.CatalogDiff;
import dev.migrate.core.catalog.scratch.ScratchSchema;
import dev.migrate.core.testsupport.DatabaseContractTest;

/**
 * The catalog reads what the database holds, and two schemas built by the same DDL read the same:
 * every common type of each database, with and without defaults, nullability, keys, indexes,
 * foreign keys and checks.
 */
abstract class CatalogContractTest extends DatabaseContractTest {

	/** Column definitions of every common type of this database, one per column (name type...). */
	abstract List<String> typeColumns();

	/** A schema with keys, uniques, indexes (composite, descending, partial/expression where supported), FKs and checks. */
	abstract List<String> constraintSchema();

	SchemaCatalog read() {
		try (Connection connection = this.database.connection()) {
			return CatalogReader.of(this.database.dialect()).read(connection, this.database.schema());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	List<String> typeTable() {
		List<String> columns = new ArrayList<>();
		columns.add("id integer primary key");
		columns.addAll(typeColumns());
		return List.of("CREATE TABLE types (" + String.join(", ", columns) + ")");
	}

	@Test
	void everyCommonTypeReadsTheSameInTheSchemaAndInACopy() {
		this.database.execute(typeTable().toArray(String[]::new));
		SchemaCatalog live = read();
		assertThat(live.tables()).hasSize(1);
		live.tables().get(0).columns().forEach(c -> System.out.println("COL " + c.name() + " " + c.describe() + " " + c.type()));
		assertThat(live.tables().get(0).columns()).hasSize(typeColumns().size() + 1);
		assertThat(CatalogDiff.between(live, read()).differences()).isEmpty();
		try (ScratchSchema scratch = ScratchSchema.create(this.database.dataSource())) {
			scratch.execute(typeTable());
			SchemaCatalog copy = scratch.catalog();
			assertThat(CatalogDiff.between(copy, live).differences()).isEmpty();
			assertThat(CatalogDiff.between(live, copy).differences()).isEmpty();
		}
	}

	@Test
	void keysIndexesForeignKeysAndChecksReadTheSameInACopy() {
		this.database.execute(constraintSchema().toArray(String[]::new));
		SchemaCatalog live = read();
		try (ScratchSchema scratch = ScratchSchema.create(this.database.dataSource())) {
			scratch.execute(constraintSchema());
			SchemaCatalog copy = scratch.catalog();
			assertThat(CatalogDiff.between(copy, live).differences()).isEmpty();
		}
	}

}
