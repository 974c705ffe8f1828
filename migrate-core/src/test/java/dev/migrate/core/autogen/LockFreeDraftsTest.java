package dev.migrate.core.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.migrate.core.autogen.RevisionDrafts.Draft;
import dev.migrate.core.catalog.CheckConstraint;
import dev.migrate.core.catalog.Column;
import dev.migrate.core.catalog.ColumnType;
import dev.migrate.core.catalog.ForeignKey;
import dev.migrate.core.catalog.Index;
import dev.migrate.core.catalog.ReferentialAction;
import dev.migrate.core.catalog.UniqueConstraint;
import dev.migrate.core.catalog.diff.CatalogDiff;
import dev.migrate.core.catalog.diff.Difference;
import dev.migrate.core.catalog.diff.DifferenceKind;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.guard.Finding;
import dev.migrate.core.guard.Guard;
import dev.migrate.core.guard.GuardReport;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.RevisionFileParser;

/**
 * What autogenerate writes for changes to a table in use passes the guard: indexes, unique keys,
 * checks, foreign keys, a widening and a new NOT NULL written as the guard's recipes, on each
 * database; a real type rewrite alone keeps its finding, and a note names the recipe.
 */
class LockFreeDraftsTest {

	private static final String VARCHAR = "character varying";

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "mariadb", "h2" })
	void changesToATableInUsePassTheGuardButForARealTypeRewrite(String name) {
		Dialect dialect = Dialects.builtIn().byName(name);
		String varchar = name.equals("mariadb") ? "varchar" : VARCHAR;
		String integer = name.equals("mariadb") ? "int" : "integer";
		Column note = new Column("note", ColumnType.withLength(varchar, 100), true, null, false);
		Column email = new Column("email", ColumnType.withLength(varchar, 200), true, null, false);
		Column quantity = new Column("quantity", ColumnType.of(integer), true, null, false);
		List<Difference> differences = List.of(
				new Difference(DifferenceKind.MISSING_INDEX, "orders", "orders.orders_status_idx",
						new Index("orders_status_idx", List.of("status"), false, null), null),
				new Difference(DifferenceKind.MISSING_UNIQUE, "orders", "orders.orders_reference_key",
						new UniqueConstraint("orders_reference_key", List.of("reference")), null),
				new Difference(DifferenceKind.MISSING_CHECK, "orders", "orders.orders_quantity_check",
						new CheckConstraint("orders_quantity_check", "quantity > 0"), null),
				new Difference(DifferenceKind.MISSING_FOREIGN_KEY, "orders", "orders.orders_customer_fk",
						new ForeignKey("orders_customer_fk", List.of("customer_id"), "customers", List.of("id"),
								ReferentialAction.CASCADE, ReferentialAction.NO_ACTION), null),
				new Difference(DifferenceKind.COLUMN_TYPE, "orders", "orders.note",
						note.withType(ColumnType.withLength(varchar, 200)), note),
				new Difference(DifferenceKind.COLUMN_TYPE, "orders", "orders.quantity", quantity.withType(ColumnType.of("bigint")),
						quantity),
				new Difference(DifferenceKind.COLUMN_NULLABILITY, "orders", "orders.email", email.withNullable(false), email),
				new Difference(DifferenceKind.EXTRA_INDEX, "orders", "orders.orders_old_idx", null,
						new Index("orders_old_idx", List.of("note"), false, null)));
		AtomicInteger ids = new AtomicInteger();
		List<Draft> drafts = RevisionDrafts.of(new CatalogDiff(differences), dialect, List.of(), "orders",
				() -> String.format("%012x", 0xabc000000000L + ids.incrementAndGet()), List.of());

		List<String> shape = drafts.stream()
			.map((draft) -> draft.revision().phase().key() + (draft.transactional() ? "" : " (transactional: false)"))
			.toList();
		if (name.equals("postgresql")) {
			assertThat(shape).containsExactly("expand", "expand (transactional: false)", "expand",
					"contract (transactional: false)", "contract", "contract");
			assertThat(String.join("\n", drafts.get(1).upgrade())).contains("CREATE INDEX CONCURRENTLY orders_status_idx")
				.contains("CREATE UNIQUE INDEX CONCURRENTLY orders_reference_key");
			assertThat(drafts.get(2).upgrade()).contains(
					"ALTER TABLE orders ADD CONSTRAINT orders_reference_key UNIQUE USING INDEX orders_reference_key",
					"ALTER TABLE orders VALIDATE CONSTRAINT orders_quantity_check",
					"ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk");
			assertThat(drafts.get(3).upgrade()).containsExactly("DROP INDEX CONCURRENTLY orders_old_idx");
			assertThat(drafts.get(4).upgrade())
				.containsExactly("ALTER TABLE orders ADD CONSTRAINT orders_email_not_null CHECK (email IS NOT NULL) NOT VALID");
			assertThat(drafts.get(5).upgrade()).containsExactly("ALTER TABLE orders VALIDATE CONSTRAINT orders_email_not_null",
					"ALTER TABLE orders ALTER COLUMN email SET NOT NULL", "ALTER TABLE orders DROP CONSTRAINT orders_email_not_null");
			assertThat(drafts.get(1).text()).contains("-- transactional: false");
			assertThat(drafts.get(0).text()).doesNotContain("transactional");
		}
		else {
			assertThat(shape).containsExactly("expand", "contract");
		}
		if (name.equals("mariadb")) {
			assertThat(drafts.get(0).upgrade()).anySatisfy((sql) -> assertThat(sql).startsWith("CREATE INDEX orders_status_idx")
				.endsWith("ALGORITHM=INPLACE LOCK=NONE"));
		}
		List<Revision> revisions = new ArrayList<>();
		for (Draft draft : drafts) {
			revisions.add(new RevisionFileParser().parse("db/revisions/" + draft.revision().id() + "_orders.sql", draft.text()));
		}
		GuardReport report = new Guard(dialect).check(revisions);
		assertThat(report.blockingFindings()).as(report.describe())
			.allSatisfy((finding) -> assertThat(finding.rule()).isEqualTo("alter-column-type"))
			.extracting(Finding::message)
			.allSatisfy((message) -> assertThat(message).contains("quantity"))
			.isNotEmpty();
		assertThat(report.findings()).as(report.describe())
			.anySatisfy((finding) -> assertThat(finding.suppressed() && finding.statement().contains("note")).isTrue()
					.withFailMessage("the widening of note is accepted with its reason"));
		// the note goes with the statement: into the phase's first revision
		assertThat(drafts.get(0).notes()).anySatisfy((text) -> assertThat(text).contains("orders.quantity")
			.contains("expand/contract recipe"));
		assertThat(String.join("\n", drafts.get(0).notes())).doesNotContain("orders.note");
	}

}
