package dev.migrate.core.revision;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class MarkerLinesTest {

	private static boolean isPlain(String line) {
		return MarkerLines.isPlain(line, 0, line.length());
	}

	@Test
	void sqlAndCommentsThatCannotBeMarkersArePlain() {
		assertThat(isPlain("")).isTrue();
		assertThat(isPlain("SELECT 1;")).isTrue();
		assertThat(isPlain("'-- migrate:downgrade'")).isFalse();
		assertThat(isPlain("-- add a column")).isTrue();
		assertThat(isPlain(");")).isTrue();
		assertThat(isPlain("INSERT INTO t VALUES ('\u00E9');")).isTrue();
	}

	@Test
	void linesThatMightBeMarkersOrNearMissesAreLeftToClassify() {
		assertThat(isPlain("-- migrate:upgrade")).isFalse();
		assertThat(isPlain("-- mi grate:downgrade")).isFalse();
		assertThat(isPlain("-- m\u0131grate:upgrade")).isFalse();
		assertThat(isPlain("SELECT 1; -- MIGRATE:downgrade")).isFalse();
		assertThat(isPlain("-- \u00E9t\u00E9")).isFalse();
	}

	@Test
	void judgesTheLineBetweenItsBoundsOnly() {
		String text = "migrate\nSELECT 1;\n-- migrate:upgrade";

		assertThat(MarkerLines.isPlain(text, 8, 17)).isTrue();
		assertThat(MarkerLines.isPlain(text, 18, text.length())).isFalse();
	}

	@Property(tries = 5000)
	void aPlainLineIsOneThatClassifyFindsToBeOther(@ForAll("lines") String raw) {
		String line = raw.strip();
		boolean plain = isPlain(line);
		Statistics.collect(plain ? "plain" : "classified");
		if (plain) {
			assertThatNoException().isThrownBy(() -> MarkerLines.classify("f.sql", 1, line));
			assertThat(MarkerLines.classify("f.sql", 1, line)).isEqualTo(MarkerLines.Kind.OTHER);
		}
	}

	@Provide
	Arbitrary<String> lines() {
		List<String> pieces = List.of("--", "-", "#", "//", "/*", "*/", " ", "\t", "\u00A0", "\u2003", "migrate", "MIGRATE",
				"mi", "grate", "m", "M", ":", "upgrade", "down", "up", "allow", "x", "SELECT 1;", "'", "\"", "(", ")", "1",
				"_", "\u0131", "\u212A", "\u00E9", "\u0130", "\uFF1A", "a", "e");
		Arbitrary<String> joined = Arbitraries.of(pieces).list().ofMaxSize(7).map((parts) -> String.join("", parts));
		return Arbitraries.oneOf(joined, respelledMarkers());
	}

	/** Markers and near misses with a character or two put in anywhere: a space between the letters, a look-alike. */
	private static Arbitrary<String> respelledMarkers() {
		Arbitrary<String> marker = Arbitraries.of("-- migrate:upgrade", "-- migrate:downgrade", "-- migrate down",
				"# migrate:up", "SELECT 1; -- migrate:downgrade", "-- migrate:allow r why");
		Arbitrary<String> insert = Arbitraries.of(" ", "\u00A0", "-", "_", "\u0131", "x", "'", "1", ":", "\u3000");
		Arbitrary<Integer> position = Arbitraries.integers().between(0, 40);
		return Combinators.combine(marker, insert.list().ofMaxSize(2), position.list().ofSize(2))
			.as((line, inserts, positions) -> {
				String result = line;
				for (int i = 0; i < inserts.size(); i++) {
					int at = positions.get(i) % (result.length() + 1);
					result = result.substring(0, at) + inserts.get(i) + result.substring(at);
				}
				return result;
			});
	}

}
