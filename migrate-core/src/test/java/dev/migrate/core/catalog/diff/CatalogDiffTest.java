package dev.migrate.core.catalog.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.core.catalog.Column;
import dev.migrate.core.catalog.ColumnType;
import dev.migrate.core.catalog.ForeignKey;
import dev.migrate.core.catalog.Index;
import dev.migrate.core.catalog.ReferentialAction;
import dev.migrate.core.catalog.SchemaCatalog;
import dev.migrate.core.catalog.Table;
import dev.migrate.core.catalog.UniqueConstraint;
import dev.migrate.core.revision.Phase;

/** The comparison itself, on catalogs built by hand: matching, kinds, texts and phases. */
class CatalogDiffTest {

	private static Column column(String name, ColumnType type, boolean nullable, String defaultValue) {
		return new Column(name, type, nullable, defaultValue, false);
	}

	private static SchemaCatalog catalog(Table... tables) {
		return new SchemaCatalog("postgresql", "app", List.of(tables));
	}

	private static Table users(List<Column> columns, List<UniqueConstraint> uniques, List<Index> indexes) {
		return new Table("users", columns, null, uniques, indexes, List.of(), List.of());
	}

	private static final Column ID = column("id", ColumnType.of("integer"), false, null);

	@Test
	void namesOfTablesAndColumnsMatchIgnoringCaseAndConstraintsMatchByContent() {
		SchemaCatalog a = catalog(users(List.of(ID, column("Email", ColumnType.withLength("varchar", 20), true, null)),
				List.of(new UniqueConstraint("users_email_key", List.of("email"))),
				List.of(new Index("ix_a", List.of("email"), false, null))));
		SchemaCatalog b = catalog(new Table("USERS", List.of(column("ID", ColumnType.of("integer"), false, null),
				column("email", ColumnType.withLength("varchar", 20), true, null)), null,
				List.of(new UniqueConstraint("CONSTRAINT_4A", List.of("EMAIL"))),
				List.of(new Index("ix_b", List.of("EMAIL"), false, null)), List.of(), List.of()));
		assertThat(CatalogDiff.between(a, b).differences()).isEmpty();
	}

	@Test
	void eachColumnDifferenceHasItsKindTextsAndPhase() {
		SchemaCatalog expected = catalog(users(List.of(ID, column("name", ColumnType.withLength("varchar", 40), false, "'x'")),
				List.of(), List.of()));
		SchemaCatalog actual = catalog(users(List.of(ID, column("name", ColumnType.withLength("varchar", 20), true, null),
				column("phone", ColumnType.of("text"), true, null)), List.of(), List.of()));
		List<Difference> differences = CatalogDiff.between(expected, actual).differences();
		assertThat(differences).extracting(d -> d.kind().id()).containsExactly("extra-column", "column-type",
				"column-nullability", "column-default");
		assertThat(differences).extracting(Difference::object).containsExactly("users.phone", "users.name", "users.name",
				"users.name");
		assertThat(differences).extracting(Difference::expectedText).containsExactly(null, "varchar(40)", "NOT NULL", "'x'");
		assertThat(differences).extracting(Difference::actualText).containsExactly("text", "varchar(20)", "NULL", null);
		assertThat(differences).extracting(Difference::phase).containsExactly(Phase.CONTRACT, Phase.EXPAND, Phase.CONTRACT,
				Phase.EXPAND);
		assertThat(differences.get(0).describe()).isEqualTo("extra-column users.phone: expected none, actual text");
	}

	@Test
	void theInverseOfADiffIsTheDiffTheOtherWayRound() {
		SchemaCatalog expected = catalog(users(List.of(ID), List.of(), List.of(new Index("ix", List.of("id"), true, null))));
		SchemaCatalog actual = catalog();
		CatalogDiff diff = CatalogDiff.between(expected, actual);
		assertThat(diff.differences()).extracting(d -> d.kind().id()).containsExactly("missing-table");
		assertThat(diff.inverse()).isEqualTo(CatalogDiff.between(actual, expected));
		assertThat(diff.inPhase(Phase.EXPAND)).hasSize(1);
		assertThat(diff.inverse().inPhase(Phase.CONTRACT)).hasSize(1);
	}

	@Test
	void aForeignKeyWithAnotherActionIsAMissingOneAndAnExtraOne() {
		ForeignKey cascade = new ForeignKey("fk", List.of("owner_id"), "owners", List.of("id"), ReferentialAction.CASCADE,
				ReferentialAction.NO_ACTION);
		ForeignKey plain = new ForeignKey("fk", List.of("owner_id"), "owners", List.of("id"), ReferentialAction.NO_ACTION,
				ReferentialAction.NO_ACTION);
		Table withCascade = new Table("pets", List.of(ID), null, List.of(), List.of(), List.of(cascade), List.of());
		Table withPlain = new Table("pets", List.of(ID), null, List.of(), List.of(), List.of(plain), List.of());
		assertThat(CatalogDiff.between(catalog(withCascade), catalog(withPlain)).differences())
			.extracting(d -> d.kind().id() + " " + d.expectedText() + " | " + d.actualText())
			.containsExactly(
					"missing-foreign-key FOREIGN KEY (owner_id) REFERENCES owners (id) ON DELETE CASCADE | null",
					"extra-foreign-key null | FOREIGN KEY (owner_id) REFERENCES owners (id)");
	}

	@Test
	void widerTypesAreExpandAndNarrowerOrOtherTypesContract() {
		assertThat(Phases.widens(ColumnType.withLength("varchar", 20), ColumnType.withLength("varchar", 40))).isTrue();
		assertThat(Phases.widens(ColumnType.withLength("varchar", 40), ColumnType.withLength("varchar", 20))).isFalse();
		assertThat(Phases.widens(ColumnType.withLength("character varying", 40), ColumnType.of("text"))).isTrue();
		assertThat(Phases.widens(ColumnType.of("integer"), ColumnType.of("bigint"))).isTrue();
		assertThat(Phases.widens(ColumnType.of("bigint"), ColumnType.of("integer"))).isFalse();
		assertThat(Phases.widens(ColumnType.withPrecision("numeric", 10, 2), ColumnType.withPrecision("numeric", 12, 2))).isTrue();
		assertThat(Phases.widens(ColumnType.withPrecision("numeric", 10, 2), ColumnType.withPrecision("numeric", 10, 3))).isFalse();
		assertThat(Phases.widens(ColumnType.withPrecision("numeric", 10, 2), ColumnType.of("numeric"))).isTrue();
		assertThat(Phases.widens(ColumnType.of("text"), ColumnType.of("integer"))).isFalse();
	}

	@Test
	void typesPrintTheirArgumentsWhereTheDatabaseWritesThem() {
		assertThat(new ColumnType("timestamp with time zone", null, 3, null).sql()).isEqualTo("timestamp(3) with time zone");
		assertThat(new ColumnType("decimal unsigned", null, 10, 2).sql()).isEqualTo("decimal(10,2) unsigned");
		assertThat(new ColumnType("character varying[]", 20, null, null).sql()).isEqualTo("character varying(20)[]");
		assertThat(ColumnType.of("enum('a','B')").sql()).isEqualTo("enum('a','B')");
	}

	@Test
	void kindIdsAreStable() {
		assertThat(List.of(DifferenceKind.values())).extracting(DifferenceKind::id).containsExactly("missing-table",
				"extra-table", "missing-column", "extra-column", "column-type", "column-nullability", "column-default",
				"column-identity", "primary-key", "missing-index", "extra-index", "missing-unique", "extra-unique",
				"missing-foreign-key", "extra-foreign-key", "missing-check", "extra-check");
		for (DifferenceKind kind : DifferenceKind.values()) {
			assertThat(kind.inverse().inverse()).isEqualTo(kind);
			assertThat(DifferenceKind.fromId(kind.id())).isEqualTo(kind);
		}
	}

}
