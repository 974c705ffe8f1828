package dev.migrate.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.core.catalog.diff.CatalogDiff;
import dev.migrate.core.catalog.scratch.ScratchSchema;
import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.RevisionFileParser;
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
		assertThat(live.tables().get(0).columns()).hasSize(typeColumns().size() + 1);
		assertThat(CatalogDiff.between(live, read()).differences()).isEmpty();
		try (ScratchSchema scratch = ScratchSchema.create(this.database.dataSource())) {
			scratch.execute(typeTable());
			SchemaCatalog copy = scratch.catalog();
			assertThat(CatalogDiff.between(copy, live).differences()).isEmpty();
			assertThat(CatalogDiff.between(live, copy).differences()).isEmpty();
		}
	}

	/** Statements a second revision runs on {@link #constraintSchema()}: alterations, not only creations. */
	abstract List<String> alterations();

	@Test
	void aSchemaBuiltByRevisionsReadsTheSameAsACopyTheSameRevisionsBuildInAScratchSchema() {
		RevisionGraph graph = RevisionGraph.of(List.of(revision("c0ffee000001", "none", constraintSchema()),
				revision("c0ffee000002", "c0ffee000001", typeTable()), revision("c0ffee000003", "c0ffee000002", alterations())));
		new Migrator(this.database.dataSource(), graph, MigrateSettings.defaults()).upgrade("heads");
		SchemaCatalog live = read();
		assertThat(live.tables()).hasSize(4);
		try (ScratchSchema scratch = ScratchSchema.create(this.database.dataSource())) {
			scratch.upgrade(graph, List.of("c0ffee000003"));
			assertThat(CatalogDiff.between(scratch.catalog(), live).differences()).isEmpty();
		}
	}

	private static Revision revision(String id, String down, List<String> statements) {
		String text = "-- revision: " + id + "\n-- down_revision: " + down + "\n-- message: m\n-- phase: expand\n\n"
				+ "-- migrate:upgrade\n" + String.join(";\n", statements) + ";\n";
		return new RevisionFileParser().parse("db/revisions/" + id + "_m.sql", text);
	}

	/**
	 * Pairs of statements that build the same schema in two spellings (Hibernate's and a revision's),
	 * each a single statement or {@code ;}-separated ones.
	 */
	abstract List<List<String>> sameSchemaSpelledTwice();

	/** Pairs that look alike but build different schemas: each must show a difference. */
	abstract List<List<String>> differentSchemas();

	@Test
	void twoSpellingsOfTheSameSchemaReadTheSame() {
		for (List<String> pair : sameSchemaSpelledTwice()) {
			assertThat(compareBuilt(pair.get(0), pair.get(1))).as("%s and %s", pair.get(0), pair.get(1)).isEmpty();
		}
	}

	@Test
	void schemasThatLookAlikeButDifferShowTheDifference() {
		for (List<String> pair : differentSchemas()) {
			assertThat(compareBuilt(pair.get(0), pair.get(1))).as("%s and %s", pair.get(0), pair.get(1)).isNotEmpty();
		}
	}

	/** Builds {@code first} in the test's schema and {@code second} in a scratch one, and compares both ways. */
	private List<dev.migrate.core.catalog.diff.Difference> compareBuilt(String first, String second) {
		this.database.execute(first.split(";"));
		try (ScratchSchema scratch = ScratchSchema.create(this.database.dataSource())) {
			scratch.execute(List.of(second.split(";")));
			SchemaCatalog copy = scratch.catalog();
			SchemaCatalog live = read();
			List<dev.migrate.core.catalog.diff.Difference> differences = CatalogDiff.between(copy, live).differences();
			assertThat(CatalogDiff.between(live, copy).differences()).hasSameSizeAs(differences);
			return differences;
		}
		finally {
			this.database.execute("DROP TABLE spelled");
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
