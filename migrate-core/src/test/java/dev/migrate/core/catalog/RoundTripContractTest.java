package dev.migrate.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.migrate.core.catalog.ddl.DdlWriter;
import dev.migrate.core.catalog.diff.CatalogDiff;
import dev.migrate.core.catalog.scratch.ScratchSchema;
import dev.migrate.core.testsupport.DatabaseContractTest;

/**
 * For each change of a corpus: the schema without it and with it differ; the forward DDL, applied
 * to the schema without it, leaves no difference; the reverse DDL brings the catalog back exactly,
 * every object under its own name.
 */
abstract class RoundTripContractTest extends DatabaseContractTest {

	/** The schema every change starts from. */
	abstract List<String> base();

	abstract List<SchemaChange> changes();

	/**
	 * The base schema the changes are made on, kept from one change to the next: the reverse DDL
	 * brings it back exactly (that is asserted), so only a failed change makes a new one.
	 */
	private ScratchSchema actual;

	@TestFactory
	Stream<DynamicTest> forwardClosesEachDifferenceAndReverseRestoresTheSchema() {
		assertThat(changes()).hasSizeGreaterThanOrEqualTo(35);
		return changes().stream().map(change -> DynamicTest.dynamicTest(change.name(), () -> roundTrip(change)));
	}

	@AfterEach
	void dropBase() {
		if (this.actual != null) {
			this.actual.close();
		}
	}

	/**
	 * On one schema: the base (before), the change made by hand (after). The diff that turns after
	 * back into before is the downgrade of a revision making the change; its reverse is the upgrade.
	 * Both are applied and checked, and the downgrade once more to leave the base for the next change.
	 */
	private void roundTrip(SchemaChange change) {
		DdlWriter ddl = DdlWriter.forDialect(this.database.dialect());
		if (this.actual == null) {
			this.actual = ScratchSchema.create(this.database.dataSource());
			this.actual.execute(base());
		}
		boolean restored = false;
		try {
			SchemaCatalog before = this.actual.catalog();
			this.actual.execute(change.statements());
			SchemaCatalog after = this.actual.catalog();
			CatalogDiff diff = CatalogDiff.between(after, before);
			assertThat(diff.differences()).as("the change shows").isNotEmpty();
			List<String> upgrade = ddl.forward(diff);
			List<String> downgrade = ddl.reverse(diff);
			this.actual.execute(downgrade);
			assertBecame(before, after, downgrade);
			this.actual.execute(upgrade);
			assertBecame(after, before, upgrade);
			this.actual.execute(downgrade);
			assertBecame(before, after, downgrade);
			restored = true;
		}
		finally {
			if (!restored) {
				this.actual.close();
				this.actual = null;
			}
		}
	}

	/** No difference from {@code expected}, and every object under its own name. */
	private void assertBecame(SchemaCatalog expected, SchemaCatalog other, List<String> applied) {
		SchemaCatalog now = this.actual.catalog();
		assertThat(CatalogDiff.between(expected, now).differences()).as("after %s", applied).isEmpty();
		assertThat(canonical(now, other)).as("every object under its name after %s", applied)
			.isEqualTo(canonical(expected, other));
	}

	/**
	 * The catalog with each list sorted by name: a column dropped and added back is at the end. The
	 * index MariaDB makes for a foreign key is named as MariaDB likes whenever a key is added (it
	 * replaces the one it made before), so an index over the columns of a foreign key that the table
	 * has in {@code catalog} or in {@code other} (the other side of the change) is compared without
	 * its name.
	 */
	static List<Table> canonical(SchemaCatalog catalog, SchemaCatalog other) {
		return catalog.tables().stream().map(table -> {
			List<ForeignKey> keys = new ArrayList<>(table.foreignKeys());
			other.table(table.name()).ifPresent(twin -> keys.addAll(twin.foreignKeys()));
			return new Table(table.name(), sorted(table.columns(), Column::name), table.primaryKey(),
					sorted(table.uniqueConstraints(), UniqueConstraint::name),
					sorted(table.indexes().stream().map(index -> foreignKeyIndex(keys, index)).toList(),
							index -> index.name() + index.columns()),
					sorted(table.foreignKeys(), ForeignKey::name), sorted(table.checks(), CheckConstraint::name));
		}).toList();
	}

	private static Index foreignKeyIndex(List<ForeignKey> keys, Index index) {
		boolean ofForeignKey = keys.stream().anyMatch(key -> key.columns().equals(index.columns()));
		return ofForeignKey ? new Index("(index of a foreign key)", index.columns(), index.unique(), index.predicate()) : index;
	}

	private static <T> List<T> sorted(List<T> objects, java.util.function.Function<T, String> name) {
		return objects.stream().sorted(java.util.Comparator.comparing(name)).toList();
	}

}
