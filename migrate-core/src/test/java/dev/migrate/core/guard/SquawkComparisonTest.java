package dev.migrate.core.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrate.core.dialect.PostgresDialect;
import dev.migrate.core.revision.Phase;

/**
 * Keeps the guard at least as strict and as precise as squawk on the rules both have: the corpus
 * in {@code guard/squawk-comparison.tsv} holds what squawk-cli 2.66.0 reported for each row (run by
 * hand, squawk is not a build dependency) and what the guard reports.
 */
class SquawkComparisonTest {

	/** Each squawk rule the guard shares, and the guard rules that cover it. */
	static final Map<String, Set<String>> SHARED = Map.ofEntries(
			Map.entry("ban-drop-table", Set.of("drop-table")),
			Map.entry("ban-drop-column", Set.of("drop-column")),
			Map.entry("ban-drop-database", Set.of("drop-object")),
			Map.entry("renaming-table", Set.of("rename-table")),
			Map.entry("renaming-column", Set.of("rename-column")),
			Map.entry("changing-column-type", Set.of("alter-column-type")),
			Map.entry("adding-not-nullable-field", Set.of("set-not-null")),
			Map.entry("adding-required-field", Set.of("add-column-not-null")),
			Map.entry("adding-field-with-default", Set.of("add-column-rewrite")),
			Map.entry("adding-foreign-key-constraint", Set.of("constraint-without-not-valid")),
			Map.entry("constraint-missing-not-valid",
					Set.of("constraint-without-not-valid", "validate-in-same-transaction", "constraint-builds-index")),
			Map.entry("disallowed-unique-constraint", Set.of("constraint-builds-index")),
			Map.entry("adding-serial-primary-key-field", Set.of("constraint-builds-index")),
			Map.entry("require-concurrent-index-creation", Set.of("create-index-blocking")),
			Map.entry("require-concurrent-reindex", Set.of("create-index-blocking")),
			Map.entry("require-concurrent-index-deletion", Set.of("drop-index-blocking")),
			Map.entry("ban-concurrent-index-creation-in-transaction", Set.of("concurrently-in-transaction")),
			Map.entry("ban-truncate-cascade", Set.of("truncate")));

	private final GuardFixture guard = new GuardFixture(new PostgresDialect());

	record Row(boolean transactional, String sql, Set<String> squawk, Set<String> guard, String note) {

		@Override
		public String toString() {
			return this.sql;
		}

	}

	static Stream<Row> rows() throws IOException {
		try (InputStream in = SquawkComparisonTest.class.getResourceAsStream("/guard/squawk-comparison.tsv")) {
			List<Row> rows = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t", -1);
				rows.add(new Row(columns[0].equals("tx"), columns[1], set(columns[2]), set(columns[3]),
						(columns.length > 4) ? columns[4] : ""));
			}
			return rows.stream();
		}
	}

	private static Set<String> set(String column) {
		return new TreeSet<>(Arrays.stream(column.split(",")).filter(rule -> !rule.isEmpty()).toList());
	}

	private Set<String> guardFlags(Row row) {
		return GuardFixture.flagged(row.transactional() ? this.guard.check(Phase.EXPAND, row.sql())
				: this.guard.checkOutsideTransaction(Phase.EXPAND, row.sql()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void guardReportsWhatTheTableSays(Row row) {
		assertThat(guardFlags(row)).containsExactlyInAnyOrderElementsOf(row.guard());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void everySharedSquawkRuleIsMatchedUnlessTheGuardIsDeliberatelyMorePrecise(Row row) {
		Set<String> flags = guardFlags(row);
		for (String squawkRule : row.squawk()) {
			Set<String> covering = SHARED.get(squawkRule);
			if (covering == null || row.note().startsWith("precise:")) {
				continue;
			}
			assertThat(flags).as("guard rules matching squawk's %s", squawkRule).containsAnyElementsOf(covering);
		}
	}

	@Test
	void differencesAreFewAndExplained() throws IOException {
		List<Row> all = rows().toList();
		List<Row> squawkOnly = all.stream()
			.filter(row -> row.squawk().stream().anyMatch(SHARED::containsKey) && row.guard().isEmpty())
			.toList();
		assertThat(squawkOnly).allMatch(row -> row.note().startsWith("precise:"));
		assertThat(squawkOnly).hasSize(4);
	}

}
