package dev.migrate.core.revision;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses one revision file into a {@link Revision} with an {@link SqlBody}.
 * <p>
 * A file starts with its header: {@code -- key: value} lines, blank lines allowed between them.
 * The header ends at the first other line. Keys are {@code revision} and {@code down_revision}
 * (required), {@code message}, {@code phase}, {@code branch_labels}, {@code depends_on} and
 * {@code transactional}; unknown or repeated keys are errors. Only blank lines and {@code --}
 * comments may follow until the {@code -- migrate:upgrade} marker; the optional
 * {@code -- migrate:downgrade} marker comes after the upgrade section. Markers are matched
 * ignoring case and surrounding whitespace. The file must be named {@code <revision>.sql} or
 * {@code <revision>_<slug>.sql}.
 * <p>
 * The upgrade section must hold something besides blank lines and comments, except in a merge
 * revision, whose only job may be to join branches. A downgrade section may be empty: the
 * revision is then reversible and its downgrade runs nothing; leave the marker out to make the
 * revision irreversible.
 * <p>
 * Section texts are kept verbatim (line endings turned into LF) and {@link SqlBody} records the
 * file line of each section's first line, so the file line of any statement can be computed.
 * CRLF, CR and LF line endings and a leading UTF-8 byte order mark are accepted.
 * <p>
 * Errors are {@link RevisionFileException}s naming the file and line. Stateless and thread-safe.
 */
public final class RevisionFileParser {

	private static final Pattern UPGRADE_MARKER = Pattern.compile("--\\s*migrate:upgrade", Pattern.CASE_INSENSITIVE);

	private static final Pattern DOWNGRADE_MARKER = Pattern.compile("--\\s*migrate:downgrade",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MARKER_LIKE = Pattern.compile("--\\s*migrate\\s*:.*", Pattern.CASE_INSENSITIVE);

	/**
	 * Parses a file's bytes, which must be UTF-8.
	 *
	 * @param source the file's name for messages, e.g. {@code db/revisions/4f2a_add_phone.sql}
	 */
	public Revision parse(String source, byte[] content) {
		return parse(source, decode(source, content));
	}

	/**
	 * Parses a file's text.
	 *
	 * @param source the file's name for messages, e.g. {@code db/revisions/4f2a_add_phone.sql};
	 * its last path segment is checked against the revision id
	 */
	public Revision parse(String source, String text) {
		String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<String> lines = lines(withoutBom);
		if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
			lines = lines.subList(0, lines.size() - 1);
		}
		RevisionHeader header = new RevisionHeader(source);
		int headerEnd = readHeader(lines, header);
		Markers markers = findMarkers(source, lines, headerEnd);
		header.requireComplete();
		if (markers.upgrade() == 0) {
			throw new RevisionFileException(source, lines.size(), "no '-- migrate:upgrade' section; add the line "
					+ "'-- migrate:upgrade' after the header, followed by the SQL to run");
		}
		int upgradeEnd = (markers.downgrade() != 0) ? markers.downgrade() - 1 : lines.size();
		String upgradeSql = String.join("\n", lines.subList(markers.upgrade(), upgradeEnd));
		if (isOnlyComments(upgradeSql) && !header.isMerge()) {
			throw new RevisionFileException(source, markers.upgrade(), "the upgrade section is empty (only blank "
					+ "lines or comments); write the SQL to run below '-- migrate:upgrade'");
		}
		String downgradeSql = (markers.downgrade() != 0)
				? String.join("\n", lines.subList(markers.downgrade(), lines.size())) : null;
		int downgradeLine = (markers.downgrade() != 0) ? markers.downgrade() + 1 : 0;
		return header.toRevision(new SqlBody(upgradeSql, markers.upgrade() + 1, downgradeSql, downgradeLine));
	}

	/** Adds the leading header lines to {@code header}; returns the index of the first line after them. */
	private static int readHeader(List<String> lines, RevisionHeader header) {
		for (int index = 0; index < lines.size(); index++) {
			String line = lines.get(index).strip();
			if (line.isEmpty()) {
				continue;
			}
			if (!line.startsWith("--")) {
				return index;
			}
			Optional<RevisionHeader.Entry> entry = RevisionHeader.Entry.of(line);
			if (entry.isEmpty() || entry.get().isMarker()) {
				return index;
			}
			header.add(entry.get(), index + 1);
		}
		return lines.size();
	}

	/** The 1-based lines of the section markers (0 when absent), checking their order and what precedes them. */
	private static Markers findMarkers(String source, List<String> lines, int headerEnd) {
		int upgrade = 0;
		int downgrade = 0;
		for (int index = headerEnd; index < lines.size(); index++) {
			String line = lines.get(index).strip();
			int number = index + 1;
			if (!line.startsWith("--")) {
				// SQL, never a marker: the markers' patterns all start with "--"
				if (upgrade == 0) {
					checkBeforeUpgrade(source, line, number, headerEnd + 1);
				}
				continue;
			}
			if (UPGRADE_MARKER.matcher(line).matches()) {
				if (upgrade != 0) {
					throw new RevisionFileException(source, number, "second '-- migrate:upgrade' marker (the first is "
							+ "on line " + upgrade + "); a file holds one upgrade section and at most one downgrade "
							+ "section");
				}
				upgrade = number;
			}
			else if (DOWNGRADE_MARKER.matcher(line).matches()) {
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
				checkBeforeUpgrade(source, line, number, headerEnd + 1);
			}
		}
		return new Markers(upgrade, downgrade);
	}

	/** Between the header and the upgrade marker only blank lines and plain comments may appear. */
	private static void checkBeforeUpgrade(String source, String line, int number, int headerEndLine) {
		if (line.isEmpty()) {
			return;
		}
		if (MARKER_LIKE.matcher(line).matches()) {
			throw new RevisionFileException(source, number, "unrecognized section marker '" + line
					+ "'; the markers are '-- migrate:upgrade' and '-- migrate:downgrade'");
		}
		if (!line.startsWith("--")) {
			throw new RevisionFileException(source, number, "SQL before the '-- migrate:upgrade' marker; a revision "
					+ "file starts with its '-- key: value' header, then '-- migrate:upgrade' and the SQL to run");
		}
		Optional<RevisionHeader.Entry> entry = RevisionHeader.Entry.of(line);
		if (entry.isPresent() && entry.get().isKnown()) {
			throw new RevisionFileException(source, number, "header line '" + line + "' comes after the end of the "
					+ "header (line " + headerEndLine + " is neither a '-- key: value' line nor blank); keep the "
					+ "header lines together at the top of the file");
		}
	}

	/** Whether {@code sql} holds nothing but whitespace, {@code /* *}{@code /} comments and {@code --} comments. */
	static boolean isOnlyComments(String sql) {
		int i = 0;
		int length = sql.length();
		while (i < length) {
			char c = sql.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (sql.startsWith("/*", i) && sql.indexOf("*/", i + 2) >= 0) {
				i = sql.indexOf("*/", i + 2) + 2;
			}
			else if (sql.startsWith("--", i)) {
				int end = sql.indexOf('\n', i);
				i = (end < 0) ? length : end;
			}
			else {
				return false;
			}
		}
		return true;
	}

	/** The lines of {@code text}, split at CRLF, CR or LF; a trailing break leaves an empty last line. */
	static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				lines.add(text.substring(start, i));
				if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		lines.add(text.substring(start));
		return lines;
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
