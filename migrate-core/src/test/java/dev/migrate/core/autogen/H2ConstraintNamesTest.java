package dev.migrate.core.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.migrate.core.autogen.RevisionDrafts.Draft;
import dev.migrate.core.catalog.diff.CatalogDiff;
import dev.migrate.core.catalog.scratch.Drift;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.RevisionFileParser;
import dev.migrate.core.testsupport.H2Fixture;

/**
 * On H2, constraints the model leaves unnamed (a primary key, a check, a unique key) get names H2
 * makes up, which differ between databases. The revisions autogenerate writes name them itself, so
 * that a later revision that drops them, and its downgrade, find them in a real database whose
 * own made-up names have moved on (here: tables created and dropped before).
 */
class H2ConstraintNamesTest {

	private final H2Fixture database = new H2Fixture();

	private final AtomicInteger ids = new AtomicInteger();

	/** The text of each revision written. */
	private final List<String> texts = new ArrayList<>();

	@AfterEach
	void close() {
		this.database.close();
	}

	@Test
	void aGeneratedRevisionDropsAndItsDowngradeRestoresConstraintsH2WouldHaveNamed() {
		// the real database's history: H2 has handed out constraint names already
		this.database.execute("CREATE TABLE old_one (id int PRIMARY KEY, n int CHECK (n > 0), u int UNIQUE)",
				"DROP TABLE old_one");
		List<Revision> revisions = new ArrayList<>();
		revisions.addAll(autogenerate(revisions, "CREATE TABLE pets (id int NOT NULL, name varchar(20), size int,"
				+ " PRIMARY KEY (id), CHECK (size > 0), UNIQUE (name))"));
		assertThat(revisions).hasSize(1);
		assertThat(this.texts.get(0)).doesNotContainPattern("CONSTRAINT_[0-9A-F]+\\b").contains("PETS_PKEY");
		upgrade(revisions);
		assertThat(drift(revisions).isEmpty()).isTrue();

		List<Revision> dropping = autogenerate(revisions, "CREATE TABLE pets (id int NOT NULL, name varchar(20), size int)");
		assertThat(dropping).isNotEmpty();
		revisions.addAll(dropping);
		upgrade(revisions);
		assertThat(drift(revisions).isEmpty()).isTrue();
		assertThat(autogenerate(revisions, "CREATE TABLE pets (id int NOT NULL, name varchar(20), size int)")).isEmpty();

		new Migrator(this.database.dataSource(), RevisionGraph.of(revisions), MigrateSettings.defaults())
			.downgrade(revisions.get(0).id());
		assertThat(drift(revisions.subList(0, 1)).isEmpty()).isTrue();
		upgrade(revisions);
		assertThat(drift(revisions).isEmpty()).isTrue();
	}

	/**
	 * A hand-written revision that leaves them unnamed: the drop names what H2 called them in the
	 * scratch database, which is what it calls them in the real one too (H2 derives the name from
	 * the table's name and the names the schema already holds, not from a counter).
	 */
	@Test
	void aGeneratedRevisionDropsConstraintsAHandWrittenRevisionLeftUnnamed() {
		this.database.execute("CREATE TABLE old_one (id int PRIMARY KEY, n int CHECK (n > 0), u int UNIQUE)",
				"DROP TABLE old_one");
		List<Revision> revisions = new ArrayList<>();
		revisions.add(new RevisionFileParser().parse("db/revisions/abc000000001_pets.sql", "-- revision: abc000000001\n"
				+ "-- down_revision: none\n-- phase: expand\n\n-- migrate:upgrade\nCREATE TABLE pets (id int NOT NULL PRIMARY KEY,"
				+ " name varchar(20) UNIQUE, size int CHECK (size > 0));\n-- migrate:downgrade\nDROP TABLE pets;\n"));
		upgrade(revisions);
		List<Revision> dropping = autogenerate(revisions, "CREATE TABLE pets (id int NOT NULL PRIMARY KEY, name varchar(20), size int)");
		assertThat(this.texts.get(0)).containsPattern("DROP CONSTRAINT CONSTRAINT_[0-9A-F]+;");
		revisions.addAll(dropping);
		upgrade(revisions);
		assertThat(drift(revisions).isEmpty()).isTrue();
		new Migrator(this.database.dataSource(), RevisionGraph.of(revisions), MigrateSettings.defaults())
			.downgrade(revisions.get(0).id());
		assertThat(drift(revisions.subList(0, 1)).isEmpty()).isTrue();
	}

	/** The revisions autogenerate writes on top of {@code existing} for a model of {@code ddl}. */
	private List<Revision> autogenerate(List<Revision> existing, String ddl) {
		ModelSchema model = new ModelSchema() {

			@Override
			public String describe() {
				return "the model";
			}

			@Override
			public List<String> createStatements() {
				return List.of(ddl);
			}

		};
		RevisionGraph graph = RevisionGraph.of(existing);
		CatalogDiff diff = new ModelComparison(this.database.dataSource()).compare(model, graph);
		List<String> parents = existing.isEmpty() ? List.of() : List.of(existing.get(existing.size() - 1).id());
		List<Draft> drafts = RevisionDrafts.of(diff, Dialects.builtIn().byName("h2"), parents, "change",
				() -> String.format("%012x", 0xdef000000000L + this.ids.incrementAndGet()), List.of());
		List<Revision> written = new ArrayList<>();
		for (Draft draft : drafts) {
			this.texts.add(draft.text());
			written.add(new RevisionFileParser().parse("db/revisions/" + draft.revision().id() + "_change.sql", draft.text()));
		}
		return written;
	}

	private void upgrade(List<Revision> revisions) {
		new Migrator(this.database.dataSource(), RevisionGraph.of(revisions), MigrateSettings.defaults()).upgrade("heads");
	}

	private CatalogDiff drift(List<Revision> revisions) {
		return new Drift(this.database.dataSource(), RevisionGraph.of(revisions), MigrateSettings.defaults(), null).check();
	}

}
