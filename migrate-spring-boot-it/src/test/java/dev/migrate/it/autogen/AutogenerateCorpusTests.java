package dev.migrate.it.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import dev.migrate.core.catalog.CatalogReader;
import dev.migrate.core.catalog.SchemaCatalog;
import dev.migrate.core.catalog.diff.CatalogDiff;
import dev.migrate.it.autogen.CorpusContext.Run;
import dev.migrate.spring.autoconfigure.autogenerate.HibernateModelSchema;

/**
 * The round trip of {@code revision --autogenerate} over a corpus of entity changes, on each
 * database: the "before" model (package {@code before}) and the "after" model (package
 * {@code after}) differ in {@link #CORPUS} (more than 40 changes: a column added, dropped and
 * altered for each common type, lengths, precision, defaults, nullability, unique, indexes, a
 * composite index, a foreign key's ON DELETE, check constraints, a new and a dropped table, and a
 * rename). The corpus runs as one batch each way, so each model is bootstrapped once per database:
 * <ol>
 * <li>autogenerate from nothing to "before", upgrade: check and drift are clean;</li>
 * <li>"before" to "after": check fails with entities-differ listing the corpus; autogenerate writes
 * expand and contract revisions (on PostgreSQL three each: the concurrent index builds in a
 * {@code transactional: false} revision, the validations in a later one; the rename shows as a drop
 * and an add, and says so), upgrade: drift is clean, check blocks on nothing but the type changes
 * that are real rewrites, and the schema is the model's; their downgrades return to "before"
 * exactly;</li>
 * <li>"after" back to "before": the same with every change reversed.</li>
 * </ol>
 */
class AutogenerateCorpusTests {

	/** Each change of the corpus, as {@code <difference kind> <object>}; each must be found. */
	static final List<String> CORPUS = List.of("column-type customers.name", "column-nullability customers.email",
			"column-type customers.age", "missing-column customers.phone", "missing-column customers.active",
			"missing-column customers.code", "extra-column customers.legacy_code", "column-type customers.score",
			"column-default customers.status", "extra-column customers.nickname", "column-type products.title",
			"missing-unique products", "column-type products.price", "column-type products.description",
			"column-type products.weight", "missing-column products.qty_small", "missing-column products.qty_int",
			"missing-column products.qty_big", "missing-column products.flag", "missing-column products.ratio",
			"missing-column products.amount", "missing-column products.born_on", "missing-column products.opens_at",
			"missing-column products.seen_at", "missing-column products.seen_at_zone",
			"missing-column products.reference", "missing-column products.payload", "missing-column products.size",
			"missing-foreign-key orders", "extra-foreign-key orders", "extra-index orders",
			"missing-index orders", "missing-column orders.quantity", "missing-check orders",
			"missing-column orders.reference", "missing-unique orders", "extra-table audit_entries",
			"missing-table invoices", "extra-unique tags", "column-nullability tags.label",
			"missing-column tags.color");

	/**
	 * The corpus's type changes that have no lock-free single statement on each database (a
	 * narrowing, a scale change, int to bigint, real to double, varchar to a LOB on H2 and MariaDB,
	 * any decimal change on MariaDB): the only findings {@code check} may block on, from "before" to
	 * "after". Widenings the database makes without a rewrite are written with the guard's allow comment.
	 */
	static final Map<String, Set<String>> FORWARD_REWRITES = Map.of("postgresql", Set.of("age", "score", "title", "weight"),
			"h2", Set.of("age", "description", "price", "score", "title", "weight"),
			"mariadb", Set.of("age", "description", "price", "score", "title", "weight"));

	/** The same, from "after" back to "before" (title is widened again; name, description and price narrowed). */
	static final Set<String> BACKWARD_REWRITES = Set.of("age", "description", "name", "price", "score", "weight");

	/** The revisions autogenerate writes per phase: PostgreSQL's recipes take three each way. */
	static final Map<String, List<String>> PHASES = Map.of("postgresql",
			List.of("expand", "expand (transactional: false)", "expand", "contract (transactional: false)", "contract",
					"contract"),
			"h2", List.of("expand", "contract"), "mariadb", List.of("expand", "contract"));

	static final Class<?>[] BEFORE = { dev.migrate.it.autogen.before.Customer.class,
			dev.migrate.it.autogen.before.Product.class, dev.migrate.it.autogen.before.PurchaseOrder.class,
			dev.migrate.it.autogen.before.AuditEntry.class, dev.migrate.it.autogen.before.Tag.class };

	static final Class<?>[] AFTER = { dev.migrate.it.autogen.after.Customer.class,
			dev.migrate.it.autogen.after.Product.class, dev.migrate.it.autogen.after.PurchaseOrder.class,
			dev.migrate.it.autogen.after.Invoice.class, dev.migrate.it.autogen.after.Tag.class };

	@TempDir
	Path revisionDir;

	@ParameterizedTest
	@EnumSource(AutogenDatabase.class)
	void autogeneratedRevisionsCloseEveryDifferenceAndTheirDowngradesRestoreTheSchema(AutogenDatabase database)
			throws Exception {
		try (AutogenDatabase.Fresh fresh = database.create(); EntityModels models = new EntityModels(fresh.dataSource())) {
			HibernateModelSchema before = HibernateModelSchema.of(List.of(models.bootstrap(BEFORE)));
			HibernateModelSchema after = HibernateModelSchema.of(List.of(models.bootstrap(AFTER)));
			CorpusContext context = new CorpusContext(fresh.dataSource(), database.vendor, this.revisionDir);

			context.model(before);
			Map<String, Set<String>> rewrites = new HashMap<>();
			Run first = context.run("revision", "--autogenerate", "-m", "create the model");
			assertThat(first.status()).as(first.all()).isZero();
			assertThat(revisionFiles()).hasSize(1);
			upgradeAndExpectClean(context, rewrites);
			SchemaCatalog beforeSchema = live(fresh.dataSource());

			context.model(after);
			Run check = context.run("check", "--json");
			assertThat(check.status()).as(check.all()).isEqualTo(1);
			assertThat(check.out()).contains("\"rule\" : \"entities-differ\"").contains("\"severity\" : \"error\"");
			Run forward = context.run("revision", "--autogenerate", "-m", "the after model", "--json");
			assertThat(forward.status()).as(forward.all()).isZero();
			JsonNode written = new ObjectMapper().readTree(forward.out());
			List<String> differences = new ArrayList<>();
			written.get("differences").forEach((difference) -> differences.add((difference.get("kind").asString() + " "
					+ difference.get("object").asString()).toLowerCase(Locale.ROOT)));
			for (String change : CORPUS) {
				assertThat(differences).as("the corpus change '%s' among %s", change, differences)
					.anySatisfy((difference) -> assertThat(difference).startsWith(change));
			}
			assertThat(phases(written)).containsExactlyElementsOf(PHASES.get(database.vendor));
			written.get("revisions").forEach((revision) -> rewrites.put(revision.get("revision").asString(),
					FORWARD_REWRITES.get(database.vendor)));
			assertThat(written.get("notes").toString()).containsIgnoringCase("Column customers.legacy_code is dropped and ")
				.containsIgnoringCase("customers.code")
				.contains("expand/contract recipe");
			assertThat(written.get("findings")).isNotNull();
			int forwardFiles = 1 + written.get("revisions").size();
			assertThat(revisionFiles()).hasSize(forwardFiles);
			upgradeAndExpectClean(context, rewrites);
			SchemaCatalog afterSchema = live(fresh.dataSource());

			downgradeAndExpect(context, fresh.dataSource(), forwardFiles - 1, beforeSchema);
			assertThat(context.run("upgrade").status()).isZero();

			context.model(before);
			Run back = context.run("revision", "--autogenerate", "-m", "back to the before model", "--json");
			assertThat(back.status()).as(back.all()).isZero();
			JsonNode backWritten = new ObjectMapper().readTree(back.out());
			assertThat(phases(backWritten)).containsExactlyElementsOf(PHASES.get(database.vendor));
			backWritten.get("revisions").forEach((revision) -> rewrites.put(revision.get("revision").asString(),
					BACKWARD_REWRITES));
			int backFiles = backWritten.get("revisions").size();
			assertThat(revisionFiles()).hasSize(forwardFiles + backFiles);
			upgradeAndExpectClean(context, rewrites);
			assertThat(CatalogDiff.between(beforeSchema, live(fresh.dataSource())).differences()).isEmpty();
			Run again = context.run("revision", "--autogenerate", "-m", "nothing");
			assertThat(again.status()).as(again.all()).isZero();
			assertThat(again.out()).contains("nothing written");
			assertThat(revisionFiles()).hasSize(forwardFiles + backFiles);
			downgradeAndExpect(context, fresh.dataSource(), backFiles, afterSchema);
		}
	}

	private static List<String> phases(JsonNode written) {
		List<String> phases = new ArrayList<>();
		written.get("revisions").forEach((revision) -> phases.add(revision.get("phase").asString()
				+ (revision.get("transactional").asBoolean() ? "" : " (transactional: false)")));
		return phases;
	}

	/**
	 * Clean: the entities match, drift finds nothing, and the guard blocks on nothing written but
	 * the type changes of {@code rewrites} (revision id to the columns whose change is a real rewrite).
	 */
	private static void upgradeAndExpectClean(CorpusContext context, Map<String, Set<String>> rewrites) {
		Run upgrade = context.run("upgrade");
		assertThat(upgrade.status()).as(upgrade.all()).isZero();
		Run check = context.run("check", "--json");
		JsonNode findings = new ObjectMapper().readTree(check.out()).get("findings");
		boolean blocking = false;
		for (JsonNode finding : findings) {
			assertThat(finding.get("rule").asString()).as(check.out()).isNotEqualTo("entities-differ");
			assertThat(finding.get("revision").asString()).as("a finding on a statement: %s", finding).isNotEmpty();
			if (finding.get("severity").asString().equals("error") && !finding.path("suppressed").asBoolean(false)) {
				blocking = true;
				String statement = finding.get("statement").asString().toLowerCase(Locale.ROOT);
				assertThat(finding.get("rule").asString()).as("a blocking finding: %s", finding).isEqualTo("alter-column-type");
				assertThat(rewrites.getOrDefault(finding.get("revision").asString(), Set.of()))
					.as("the type change is a real rewrite: %s", finding)
					.anySatisfy((column) -> assertThat(statement).contains("column " + column + " "));
			}
		}
		assertThat(check.status()).as(check.all()).isEqualTo(blocking ? 1 : 0);
		Run drift = context.run("drift");
		assertThat(drift.status()).as(drift.all()).isZero();
	}

	private static void downgradeAndExpect(CorpusContext context, DataSource dataSource, int steps,
			SchemaCatalog expected) {
		Run downgrade = context.run("downgrade", "-" + steps);
		assertThat(downgrade.status()).as(downgrade.all()).isZero();
		assertThat(CatalogDiff.between(expected, live(dataSource)).differences()).isEmpty();
	}

	private static SchemaCatalog live(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return CatalogReader.of(connection).read(connection, null);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<Path> revisionFiles() throws java.io.IOException {
		try (Stream<Path> files = Files.list(this.revisionDir)) {
			return files.filter((file) -> file.toString().endsWith(".sql")).toList();
		}
	}

}
