package dev.migrate.core.revision;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Parses one revision file into a {@link Revision} with an {@link SqlBody}.
 * <p>
 * A file starts with its header: {@code -- key: value} lines, blank lines allowed between them.
 * The header ends at the first other line. Keys are {@code revision} and {@code down_revision}
 * (required), {@code message}, {@code phase}, {@code branch_labels}, {@code depends_on} and
 * {@code transactional}; unknown or repeated keys are errors. Only blank lines and {@code --}
 * comments may follow until the {@code -- migrate:upgrade} marker; the optional
 * {@code -- migrate:downgrade} marker comes after the upgrade section. Markers are matched
 * ignoring case and whitespace around them and after {@code --}; a line that looks like a marker
 * but is none is an error ({@link MarkerLines}). The file must be named {@code <revision>.sql} or
 * {@code <revision>_<slug>.sql} (the extension in any case).
 * <p>
 * An upgrade section of only blank lines and comments runs nothing (a fresh template, a merge);
 * the guard warns about it outside a merge. A downgrade section may be empty: the revision is
 * then reversible and its downgrade runs nothing; leave the marker out to make the revision
 * irreversible.
 * <p>
 * Section texts are kept verbatim (line endings turned into LF) and {@link SqlBody} records the
 * file line of each section's first line, so the file line of any statement can be computed.
 * CRLF, CR and LF line endings and a leading UTF-8 byte order mark are accepted; a NUL character
 * or a byte order mark anywhere else is an error.
 * <p>
 * Errors are {@link RevisionFileException}s naming the file and line. Stateless and thread-safe.
 */
public final class RevisionFileParser {

	/**
	 * Parses a file's bytes, which must be UTF-8.
	 *
	 * @param source the file's name for messages, e.g. {@code db/revisions/4f2a_add_phone.sql}
	 */
	public Revision parse(String source, byte[] content) {
		if (isAscii(content)) {
			// ASCII decodes to the same chars in ISO-8859-1 and UTF-8; the former is a plain copy.
			return parse(source, new String(content, StandardCharsets.ISO_8859_1), content);
		}
		return parse(source, decode(source, content), null);
	}

	/**
	 * Parses a file's text.
	 *
	 * @param source the file's name for messages, e.g. {@code db/revisions/4f2a_add_phone.sql};
	 * its last path segment is checked against the revision id
	 */
	public Revision parse(String source, String text) {
		return parse(source, text, null);
	}

	/**
	 * @param ascii the file's bytes when they are all ASCII, so that {@code text} is them char for
	 * char; {@code null} otherwise
	 */
	private static Revision parse(String source, String text, byte[] ascii) {
		String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
		rejectInvisible(source, withoutBom);
		TextLines lines = new TextLines(withoutBom);
		int size = lines.count();
		if (size > 1 && lines.isEmpty(size - 1)) {
			size--;
		}
		RevisionHeader header = new RevisionHeader(source);
		int headerEnd = readHeader(lines, size, header);
		Markers markers = findMarkers(source, lines, size, headerEnd);
		header.requireComplete();
		if (markers.upgrade() == 0) {
			throw new RevisionFileException(source, size, "no '-- migrate:upgrade' section; add the line "
					+ "'-- migrate:upgrade' after the header, followed by the SQL to run");
		}
		int upgradeEnd = (markers.downgrade() != 0) ? markers.downgrade() - 1 : size;
		String upgradeSql = lines.join(markers.upgrade(), upgradeEnd);
		String downgradeSql = (markers.downgrade() != 0) ? lines.join(markers.downgrade(), size) : null;
		int downgradeLine = (markers.downgrade() != 0) ? markers.downgrade() + 1 : 0;
		String checksum;
		if (ascii != null && lines.isLfOnly() && markers.upgrade() < upgradeEnd) {
			// the section is the file's bytes from its first line on
			checksum = Checksums.ofAsciiSql(upgradeSql, header.transactional(), ascii,
					lines.start(markers.upgrade()));
		}
		else {
			checksum = Checksums.ofSql(upgradeSql, header.transactional());
		}
		return header.toRevision(new SqlBody(upgradeSql, markers.upgrade() + 1, downgradeSql, downgradeLine),
				checksum);
	}

	/** Adds the leading header lines to {@code header}; returns the index of the first line after them. */
	private static int readHeader(TextLines lines, int size, RevisionHeader header) {
		String text = lines.text();
		for (int index = 0; index < size; index++) {
			int start = lines.strippedStart(index);
			int end = lines.strippedEnd(index, start);
			if (start == end) {
				continue;
			}
			RevisionHeader.Entry entry = RevisionHeader.Entry.parse(text, start, end);
			if (entry == null || entry.isMarker()) {
				return index;
			}
			header.add(entry, index + 1);
		}
		return size;
	}

	/** The 1-based lines of the section markers (0 when absent), checking their order and what precedes them. */
	private static Markers findMarkers(String source, TextLines lines, int size, int headerEnd) {
		String text = lines.text();
		int upgrade = 0;
		int downgrade = 0;
		for (int index = headerEnd; index < size; index++) {
			int start = lines.strippedStart(index);
			int end = lines.strippedEnd(index, start);
			int number = index + 1;
			// Past the upgrade marker a plain line asks for nothing; before it, every line is checked.
			if (upgrade != 0 && MarkerLines.isPlain(text, start, end)) {
				continue;
			}
			String line = text.substring(start, end);
			MarkerLines.Kind kind = MarkerLines.classify(source, number, line);
			if (kind == MarkerLines.Kind.UPGRADE) {
				if (upgrade != 0) {
					throw new RevisionFileException(source, number, "second '-- migrate:upgrade' marker (the first is "
							+ "on line " + upgrade + "); a file holds one upgrade section and at most one downgrade "
							+ "section");
				}
				upgrade = number;
			}
			else if (kind == MarkerLines.Kind.DOWNGRADE) {
				if (upgrade == 0) {
					throw new RevisionFileException(source, number, "'-- migrate:downgrade' comes before "
							+ "'-- migrate:upgrade'; put the upgrade section first");
				}
				if (downgrade != 0) {
					throw new RevisionFileException(source, number, "second '-- migrate:downgrade' marker (the first "
							+ "is on line " + downgrade + "); a file holds at most one downgrade section");
				}
				downgrade = number;
			}
			else if (upgrade == 0) {
				checkBeforeUpgrade(source, line, kind, number, headerEnd + 1);
			}
		}
		return new Markers(upgrade, downgrade);
	}

	/** Between the header and the upgrade marker only blank lines and plain comments may appear. */
	private static void checkBeforeUpgrade(String source, String line, MarkerLines.Kind kind, int number,
			int headerEndLine) {
		if (line.isEmpty()) {
			return;
		}
		if (kind == MarkerLines.Kind.ALLOW) {
			throw new RevisionFileException(source, number, "'" + line + "' comes before the '-- migrate:upgrade' "
					+ "marker, where it accepts nothing; put it on the statement whose finding it accepts");
		}
		if (!line.startsWith("--")) {
			throw new RevisionFileException(source, number, "SQL before the '-- migrate:upgrade' marker; a revision "
					+ "file starts with its '-- key: value' header, then '-- migrate:upgrade' and the SQL to run");
		}
		RevisionHeader.Entry entry = RevisionHeader.Entry.of(line);
		if (entry != null && entry.isKnown()) {
			throw new RevisionFileException(source, number, "header line '" + line + "' comes after the end of the "
					+ "header (line " + headerEndLine + " is neither a '-- key: value' line nor blank); keep the "
					+ "header lines together at the top of the file");
		}
	}

	/**
	 * Refuses a NUL character (a UTF-16 file read as UTF-8 is full of them; a database would fail on
	 * it, or cut the statement, at run time) and a byte order mark after the start of the file (two
	 * files joined together), which is invisible in an editor and could hide a marker.
	 */
	private static void rejectInvisible(String source, String text) {
		int nul = text.indexOf('\0');
		if (nul >= 0) {
			throw new RevisionFileException(source, lineOf(text, nul), "the file contains a NUL character (byte 0); "
					+ "remove it. A file full of them is UTF-16 encoded: save it with UTF-8 encoding");
		}
		int bom = text.indexOf('\uFEFF');
		if (bom >= 0) {
			throw new RevisionFileException(source, lineOf(text, bom), "a byte order mark (U+FEFF) inside the file, "
					+ "where it is invisible and not SQL; remove it (only the very first character of a file may be one)");
		}
	}

	private static int lineOf(String text, int position) {
		return new TextLines(text.substring(0, position)).count();
	}

	private static boolean isAscii(byte[] content) {
		for (byte b : content) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

	/** Decodes strict UTF-8, reporting the line of the first malformed byte. */
	private static String decode(String source, byte[] content) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
		ByteBuffer in = ByteBuffer.wrap(content);
		CharBuffer out = CharBuffer.allocate(content.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			throw new RevisionFileException(source, lineAt(content, in.position()),
					"the file is not valid UTF-8; save it with UTF-8 encoding");
		}
		decoder.flush(out);
		return out.flip().toString();
	}

	private static int lineAt(byte[] content, int position) {
		int line = 1;
		for (int i = 0; i < position; i++) {
			if (content[i] == '\n' || (content[i] == '\r' && (i + 1 >= content.length || content[i + 1] != '\n'))) {
				line++;
			}
		}
		return line;
	}

	/** The 1-based lines of the section markers, 0 for an absent marker. */
	private record Markers(int upgrade, int downgrade) {
	}

}
