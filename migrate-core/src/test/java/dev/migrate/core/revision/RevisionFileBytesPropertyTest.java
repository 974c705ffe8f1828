package dev.migrate.core.revision;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Revision files generated with every line ending, with and without a byte order mark and a final
 * line break, in ASCII and beyond: parsing their bytes gives the sections as written, the same
 * revision as parsing their decoded text, and the checksum that {@link Checksums} documents,
 * computed here the plain way.
 */
class RevisionFileBytesPropertyTest {

	private static final String SOURCE = "db/revisions/4f2a_generated.sql";

	private static final List<String> ASCII_LINES = List.of("SELECT 1;", "  SELECT 2;", "INSERT INTO t VALUES (1);  ",
			"", "", "   ", "\t", "-- a comment", "CREATE TABLE t (id int);\t", "    indented", ");", "-- make it so");

	private static final List<String> OTHER_LINES = List.of("SELECT '\u00E9';", "INSERT INTO t VALUES ('\u00FC');  ",
			"-- \u65E5\u672C\u8A9E", "SELECT '\uD83D\uDE00';", "x\u00A0", "SELECT 1;\u2003");

	private final RevisionFileParser parser = new RevisionFileParser();

	/** A file as its lines (header, markers, sections) and how they become bytes. */
	record File(List<String> upgrade, List<String> downgrade, boolean transactional, String lineEnding, boolean bom,
			boolean finalBreak) {

		List<String> lines() {
			List<String> lines = new ArrayList<>(List.of("-- revision: 4f2a", "-- down_revision: none"));
			if (!this.transactional) {
				lines.add("-- transactional: false");
			}
			lines.add("-- migrate:upgrade");
			lines.addAll(this.upgrade);
			if (this.downgrade != null) {
				lines.add("-- migrate:downgrade");
				lines.addAll(this.downgrade);
			}
			return lines;
		}

		byte[] bytes() {
			String text = (this.bom ? "\uFEFF" : "") + String.join(this.lineEnding, lines())
					+ (this.finalBreak ? this.lineEnding : "");
			return text.getBytes(StandardCharsets.UTF_8);
		}

	}

	@Provide
	Arbitrary<File> files() {
		Arbitrary<List<String>> ascii = Arbitraries.of(ASCII_LINES).list().ofMaxSize(8);
		Arbitrary<List<String>> any = Arbitraries.of(concat(ASCII_LINES, OTHER_LINES)).list().ofMaxSize(8);
		Arbitrary<List<String>> section = Arbitraries.oneOf(ascii, any);
		return Combinators
			.combine(section, section.injectNull(0.3), Arbitraries.of(true, false), Arbitraries.of("\n", "\r\n", "\r"),
					Arbitraries.of(false, false, true), Arbitraries.of(true, false))
			.as(File::new);
	}

	@Property(tries = 3000)
	void readsTheSectionsAndTheChecksumAsDocumented(@ForAll("files") File file) throws NoSuchAlgorithmException {
		byte[] bytes = file.bytes();
		Statistics.collect(isAscii(bytes) ? "ascii" : "not ascii", file.lineEnding().length() == 1 ? "one char" : "crlf");

		Revision revision = this.parser.parse(SOURCE, bytes);

		assertThat(revision.checksum()).isEqualTo(referenceChecksum(file.upgrade(), file.transactional()));
		assertThat(revision.transactional()).isEqualTo(file.transactional());
		assertThat(revision).isEqualTo(this.parser.parse(SOURCE, new String(bytes, StandardCharsets.UTF_8)));
		SqlBody body = (SqlBody) revision.body();
		int upgradeMarker = file.lines().indexOf("-- migrate:upgrade") + 1;
		assertThat(body.upgradeLine()).isEqualTo(upgradeMarker + 1);
		assertThat(body.isReversible()).isEqualTo(file.downgrade() != null);
		if (file.finalBreak()) {
			assertThat(body.upgradeSql()).isEqualTo(String.join("\n", file.upgrade()));
			assertThat(body.downgradeSql())
				.isEqualTo((file.downgrade() != null) ? String.join("\n", file.downgrade()) : null);
		}
	}

	@Property(tries = 500)
	void aByteThatIsNotUtf8FailsNamingItsLine(@ForAll("files") File file, @ForAll @IntRange(max = 20) int line,
			@ForAll boolean truncatedSequence) {
		List<String> lines = file.lines();
		int at = line % lines.size();
		// where line 'at' starts: after the byte order mark and the lines before it with their breaks
		int offset = (file.bom() ? 3 : 0);
		for (int index = 0; index < at; index++) {
			offset += lines.get(index).getBytes(StandardCharsets.UTF_8).length + file.lineEnding().length();
		}
		byte[] bytes = file.bytes();
		ByteArrayOutputStream broken = new ByteArrayOutputStream();
		broken.write(bytes, 0, offset);
		broken.write(truncatedSequence ? 0xC3 : 0xFF);
		broken.write('x');
		broken.write(bytes, offset, bytes.length - offset);

		RevisionFileException failure = catchThrowableOfType(() -> this.parser.parse(SOURCE, broken.toByteArray()),
				RevisionFileException.class);

		assertThat(failure.line()).isEqualTo(at + 1);
		assertThat(failure).hasMessage(SOURCE + ":" + (at + 1)
				+ ": the file is not valid UTF-8; save it with UTF-8 encoding");
	}

	/**
	 * SHA-256 of {@code transactional: <flag>} and a line break, then the upgrade section's lines
	 * without trailing whitespace and without blank lines at either end, joined with LF.
	 */
	private static String referenceChecksum(List<String> upgrade, boolean transactional)
			throws NoSuchAlgorithmException {
		List<String> stripped = new ArrayList<>();
		for (String line : upgrade) {
			stripped.add(line.stripTrailing());
		}
		while (!stripped.isEmpty() && stripped.get(0).isEmpty()) {
			stripped.remove(0);
		}
		while (!stripped.isEmpty() && stripped.get(stripped.size() - 1).isEmpty()) {
			stripped.remove(stripped.size() - 1);
		}
		String hashed = "transactional: " + transactional + "\n" + String.join("\n", stripped);
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(hashed.getBytes(StandardCharsets.UTF_8)));
	}

	private static boolean isAscii(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

}
