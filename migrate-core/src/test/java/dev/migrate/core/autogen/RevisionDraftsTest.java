package dev.migrate.core.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.core.autogen.RevisionDrafts.Draft;
import dev.migrate.core.catalog.Column;
import dev.migrate.core.catalog.ColumnType;
import dev.migrate.core.catalog.ForeignKey;
import dev.migrate.core.catalog.ReferentialAction;
import dev.migrate.core.catalog.diff.CatalogDiff;
import dev.migrate.core.catalog.diff.Difference;
import dev.migrate.core.catalog.diff.DifferenceKind;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.revision.Phase;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.RevisionFileParser;

/** How autogenerate splits a difference into revisions: no catalog of a database needed. */
class RevisionDraftsTest {

	private static final Column PHONE = new Column("phone", ColumnType.withLength("character varying", 20), true, null,
			false);

	private static final Column NICKNAME = new Column("nickname", ColumnType.withLength("character varying", 50), true,
			null, false);

	private final Iterator<String> ids = List.of("aaaa00000001", "bbbb00000002", "cccc00000003",
			"dddd00000004", "eeee00000005", "ffff00000006").iterator();

	@Test
	void additionsGoIntoAnExpandRevisionAndRemovalsIntoAContractRevisionOnTopOfIt() {
		CatalogDiff diff = new CatalogDiff(List.of(
				new Difference(DifferenceKind.MISSING_COLUMN, "customers", "customers.phone", PHONE, null),
				new Difference(DifferenceKind.EXTRA_COLUMN, "customers", "customers.nickname", null, NICKNAME)));
		List<Draft> drafts = RevisionDrafts.of(diff, Dialects.builtIn().byName("postgresql"), List.of("0000base0000"),
				"phones", this.ids::next, List.of("a note"));
		assertThat(drafts).hasSize(2);
		Draft expand = drafts.get(0);
		Draft contract = drafts.get(1);
		assertThat(expand.revision().phase()).isEqualTo(Phase.EXPAND);
		assertThat(expand.revision().downRevisions()).containsExactly("0000base0000");
		assertThat(expand.revision().message()).isEqualTo("phones (expand)");
		assertThat(expand.upgrade()).singleElement().asString().containsIgnoringCase("add column").contains("phone");
		assertThat(expand.downgrade()).singleElement().asString().containsIgnoringCase("drop column");
		assertThat(contract.revision().phase()).isEqualTo(Phase.CONTRACT);
		assertThat(contract.revision().downRevisions()).containsExactly("aaaa00000001");
		assertThat(contract.upgrade()).singleElement().asString().containsIgnoringCase("drop column").contains("nickname");
		assertThat(contract.text()).contains("-- Note: a note").contains("-- phase: contract");
		assertThat(expand.text()).doesNotContain("a note");
		List<Revision> revisions = new ArrayList<>();
		for (Draft draft : drafts) {
			revisions.add(new RevisionFileParser().parse(draft.revision().id() + ".sql", draft.text()));
		}
		assertThat(revisions.get(1).downRevisions()).containsExactly("aaaa00000001");
	}

	@Test
	void aChangedForeignKeyIsReplacedInTheContractRevisionAlone() {
		ForeignKey cascade = new ForeignKey("orders_customer_fk", List.of("customer_id"), "customers", List.of("id"),
				ReferentialAction.CASCADE, ReferentialAction.NO_ACTION);
		ForeignKey plain = new ForeignKey("orders_customer_fk", List.of("customer_id"), "customers", List.of("id"),
				ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION);
		CatalogDiff diff = new CatalogDiff(List.of(
				new Difference(DifferenceKind.MISSING_FOREIGN_KEY, "orders", "orders.orders_customer_fk", cascade, null),
				new Difference(DifferenceKind.EXTRA_FOREIGN_KEY, "orders", "orders.orders_customer_fk", null, plain)));
		List<Draft> drafts = RevisionDrafts.of(diff, Dialects.builtIn().byName("postgresql"), List.of(), "cascade",
				this.ids::next, List.of());
		// on PostgreSQL the new key is added NOT VALID and validated in a later revision
		assertThat(drafts).hasSize(2).allSatisfy((draft) -> assertThat(draft.revision().phase()).isEqualTo(Phase.CONTRACT));
		Draft replace = drafts.get(0);
		assertThat(replace.revision().downRevisions()).isEmpty();
		assertThat(replace.differences()).hasSize(2);
		assertThat(replace.upgrade().get(0)).containsIgnoringCase("drop constraint");
		assertThat(replace.upgrade().get(1)).containsIgnoringCase("on delete cascade").endsWith(" NOT VALID");
		assertThat(drafts.get(1).upgrade()).containsExactly("ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk");
		assertThat(drafts.get(1).revision().downRevisions()).containsExactly(replace.revision().id());
		assertThat(drafts.get(1).transactional()).isTrue();
		List<Draft> mariadb = RevisionDrafts.of(diff, Dialects.builtIn().byName("mariadb"), List.of(), "cascade",
				this.ids::next, List.of());
		assertThat(mariadb).singleElement().satisfies((draft) -> {
			assertThat(draft.revision().phase()).isEqualTo(Phase.CONTRACT);
			assertThat(draft.upgrade().get(0)).containsIgnoringCase("drop foreign key");
			assertThat(draft.upgrade().get(1)).containsIgnoringCase("on delete cascade");
		});
	}

	@Test
	void noDifferenceNoDraft() {
		assertThat(RevisionDrafts.of(new CatalogDiff(List.of()), Dialects.builtIn().byName("h2"), List.of(), "none",
				this.ids::next, List.of())).isEmpty();
	}

	@Test
	void aDroppedAndAnAddedColumnOnOneTableGetTheRenameNote() {
		List<String> notes = RenameHints.of(List.of(
				new Difference(DifferenceKind.MISSING_COLUMN, "customers", "customers.phone", PHONE, null),
				new Difference(DifferenceKind.EXTRA_COLUMN, "customers", "customers.nickname", null, NICKNAME)));
		assertThat(notes).singleElement().asString()
			.startsWith("Column customers.nickname is dropped and customers.phone added on the same table")
			.contains("expand/contract recipe");
		assertThat(RenameHints.of(List.of(
				new Difference(DifferenceKind.MISSING_COLUMN, "customers", "customers.phone", PHONE, null)))).isEmpty();
	}

	@Test
	void theSequencesOfTheModelsDdlAreNamedSinceNothingComparesThem() {
		assertThat(SequenceNotes.of(List.of("create sequence owners_seq start with 1 increment by 50",
				"create table owners (id bigint not null, primary key (id))")))
			.singleElement().asString().contains("owners_seq").contains("GenerationType.IDENTITY");
		assertThat(SequenceNotes.of(List.of("create table owners (id bigint not null)"))).isEmpty();
	}

}
