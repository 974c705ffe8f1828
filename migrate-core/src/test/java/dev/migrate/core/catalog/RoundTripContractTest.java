package dev.migrate.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.migrate.core.catalog.ddl.DdlWriter;
import dev.migrate.core.catalog.diff.CatalogDiff;
import dev.migrate.core.catalog.scratch.ScratchSchema;
import dev.migrate.core.testsupport.DatabaseContractTest;

/**
 * For each change of a corpus: the schema without it (actual) and with it (expected) differ; the
 * forward DDL, applied to actual, leaves no difference; the reverse DDL then brings actual's
 * catalog back exactly.
 */
abstract class RoundTripContractTest extends DatabaseContractTest {

	/** The schema every change starts from. */
	abstract List<String> base();

	abstract List<SchemaChange> changes();

	@TestFactory
	Stream<DynamicTest> forwardClosesEachDifferenceAndReverseRestoresTheSchema() {
		assertThat(changes()).hasSizeGreaterThanOrEqualTo(35);
		return changes().stream().map(change -> DynamicTest.dynamicTest(change.name(), () -> roundTrip(change)));
	}

	private void roundTrip(SchemaChange change) {
		DdlWriter ddl = DdlWriter.forDialect(this.database.dialect());
		try (ScratchSchema actual = ScratchSchema.create(this.database.dataSource());
				ScratchSchema expected = ScratchSchema.create(this.database.dataSource())) {
			actual.execute(base());
			List<String> withChange = new ArrayList<>(base());
			withChange.addAll(change.statements());
			expected.execute(withChange);
			SchemaCatalog before = actual.catalog();
			SchemaCatalog target = expected.catalog();
			CatalogDiff diff = CatalogDiff.between(target, before);
			assertThat(diff.differences()).as("the change shows").isNotEmpty();
			List<String> forward = ddl.forward(diff);
			List<String> reverse = ddl.reverse(diff);
			actual.execute(forward);
			assertThat(CatalogDiff.between(target, actual.catalog()).differences())
				.as("after forward %s", forward).isEmpty();
			actual.execute(reverse);
			SchemaCatalog after = actual.catalog();
			assertThat(CatalogDiff.between(before, after).differences()).as("after reverse %s", reverse).isEmpty();
			assertThat(canonical(after)).as("reverse restores every object under its name")
				.isEqualTo(canonical(before));
		}
	}

	/**
	 * The catalog with each list sorted by name: a column dropped and added back is at the end. The
	 * index MariaDB creates for a foreign key is named as MariaDB likes when the key comes back, so
	 * it is compared without its name.
	 */
	static List<Table> canonical(SchemaCatalog catalog) {
		return catalog.tables().stream().map(table -> new Table(table.name(), sorted(table.columns(), Column::name),
				table.primaryKey(), sorted(table.uniqueConstraints(), UniqueConstraint::name),
				sorted(table.indexes().stream().map(index -> foreignKeyIndex(table, index)).toList(),
						index -> index.name() + index.columns()),
				sorted(table.foreignKeys(), ForeignKey::name), sorted(table.checks(), CheckConstraint::name))).toList();
	}

	private static Index foreignKeyIndex(Table table, Index index) {
		boolean ofForeignKey = table.foreignKeys().stream().anyMatch(key -> key.columns().equals(index.columns()));
		return ofForeignKey ? new Index("(index of a foreign key)", index.columns(), index.unique(), index.predicate()) : index;
	}

	private static <T> List<T> sorted(List<T> objects, java.util.function.Function<T, String> name) {
		return objects.stream().sorted(java.util.Comparator.comparing(name)).toList();
	}

}
