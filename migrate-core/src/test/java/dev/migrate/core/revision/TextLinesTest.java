package dev.migrate.core.revision;

import java.util.Arrays;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextLinesTest {

	private static List<String> lines(TextLines lines) {
		String[] result = new String[lines.count()];
		for (int index = 0; index < lines.count(); index++) {
			result[index] = lines.text().substring(lines.start(index), lines.end(index));
		}
		return Arrays.asList(result);
	}

	@Test
	void splitsAtCrlfCrAndLfLeavingAnEmptyLastLineAfterATrailingBreak() {
		assertThat(lines(new TextLines("a\r\nb\rc\nd"))).containsExactly("a", "b", "c", "d");
		assertThat(lines(new TextLines("a\n"))).containsExactly("a", "");
		assertThat(lines(new TextLines("a\n\r\n\r"))).containsExactly("a", "", "", "");
		assertThat(lines(new TextLines(""))).containsExactly("");
	}

	@Test
	void joinsLinesWithLfWhateverTheirBreaks() {
		TextLines lines = new TextLines("a\r\n b \rc\n\nd");

		assertThat(lines.join(1, 4)).isEqualTo(" b \nc\n");
		assertThat(lines.join(2, 2)).isEmpty();
		assertThat(new TextLines("a\n b \nc").join(1, 3)).isEqualTo(" b \nc");
	}

	@Test
	void stripsALineWhereItStands() {
		TextLines lines = new TextLines("x\n \t-- a b \u2003\n   ");

		assertThat(lines.strippedStart(1)).isEqualTo(4);
		assertThat(lines.strippedEnd(1, 4)).isEqualTo(10);
		assertThat(lines.strippedEnd(2, lines.strippedStart(2))).isEqualTo(lines.strippedStart(2));
	}

	@Property(tries = 2000)
	void agreesWithSplittingAtEachLineBreak(
			@ForAll @StringLength(max = 30) @Chars({ 'a', ' ', '\t', '\r', '\n', '\u2028', '\u00A0' }) String text,
			@ForAll @IntRange(max = 30) int from, @ForAll @IntRange(max = 30) int to) {
		List<String> expected = Arrays.asList(text.split("\r\n|\r|\n", -1));
		TextLines lines = new TextLines(text);

		assertThat(lines(lines)).isEqualTo(expected);
		assertThat(lines.isLfOnly()).isEqualTo(text.indexOf('\r') < 0);
		for (int index = 0; index < lines.count(); index++) {
			int start = lines.strippedStart(index);
			assertThat(text.substring(start, lines.strippedEnd(index, start))).isEqualTo(expected.get(index).strip());
		}
		int first = Math.min(from, expected.size());
		int last = Math.max(first, Math.min(to, expected.size()));
		assertThat(lines.join(first, last)).isEqualTo(String.join("\n", expected.subList(first, last)));
	}

}
