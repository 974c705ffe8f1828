package dev.migrate.core.revision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Checksums of revision files, recorded when a revision is applied and compared on later runs to
 * detect an applied revision that was edited afterwards.
 * <p>
 * The checksum covers what ran: the upgrade section and the transactional mode. Editing the
 * message, the phase, the labels or the downgrade section of an applied revision does not change
 * it, because none of these changed the database. Editing the upgrade SQL (comments included,
 * since {@code -- migrate:allow} comments are read by the guard) or switching
 * {@code transactional} does.
 * <p>
 * Differences that no database sees are normalized away so that checking a file out on another
 * operating system or re-saving it in another editor does not trip the comparison: line endings
 * (CRLF, CR and LF are equal), trailing whitespace on each line, and blank lines at the start and
 * end of the section. Indentation and blank lines between statements still count.
 */
public final class Checksums {

	/** What the hashed bytes start with: the transactional flag, then a line break. */
	private static final byte[] TRANSACTIONAL = "transactional: true\n".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] NOT_TRANSACTIONAL = "transactional: false\n".getBytes(StandardCharsets.US_ASCII);

	private Checksums() {
	}

	/**
	 * The checksum of a revision file: lowercase hex SHA-256 of the normalized upgrade section and
	 * the transactional flag.
	 *
	 * @param upgradeSql the text of the {@code -- migrate:upgrade} section
	 * @param transactional whether the revision runs inside one transaction
	 */
	public static String ofSql(String upgradeSql, boolean transactional) {
		MessageDigest digest = sha256();
		digest.update(transactional ? TRANSACTIONAL : NOT_TRANSACTIONAL);
		return hex(digest.digest(normalize(upgradeSql).getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * {@link #ofSql}, hashing the normalized section straight from the file's bytes instead of
	 * encoding it again: for a section that is ASCII and a slice of the file, the bytes
	 * {@code content[offset, offset + upgradeSql.length())} are its UTF-8 encoding, char for char.
	 *
	 * @param upgradeSql the text of the {@code -- migrate:upgrade} section
	 * @param transactional whether the revision runs inside one transaction
	 * @param content the bytes of an ASCII file whose text holds {@code upgradeSql} verbatim
	 * @param offset where {@code upgradeSql} starts in {@code content}
	 */
	static String ofAsciiSql(String upgradeSql, boolean transactional, byte[] content, int offset) {
		long range = quickRange(upgradeSql);
		if (range < 0) {
			return ofSql(upgradeSql, transactional);
		}
		int start = (int) (range >>> 32);
		int end = (int) range;
		MessageDigest digest = sha256();
		digest.update(transactional ? TRANSACTIONAL : NOT_TRANSACTIONAL);
		digest.update(content, offset + start, end - start);
		return hex(digest.digest());
	}

	private static String hex(byte[] hash) {
		return HexFormat.of().formatHex(hash);
	}

	/**
	 * The section text as the checksum sees it: LF line endings, no trailing whitespace on any
	 * line, no blank lines at the start or end.
	 */
	static String normalize(String sql) {
		String quick = quickNormalize(sql);
		return (quick != null) ? quick : normalizeByLines(sql);
	}

	/**
	 * The normalized section cut out of {@code sql} in one scan, when only its surrounding blank
	 * lines and trailing whitespace need to go: no CR and no whitespace at the end of a line in
	 * between. That is most files as editors save them, so the usual checksum skips splitting and
	 * joining the section. {@code null} when the long way is needed.
	 */
	static String quickNormalize(String sql) {
		long range = quickRange(sql);
		return (range >= 0) ? sql.substring((int) (range >>> 32), (int) range) : null;
	}

	/**
	 * Where {@link #quickNormalize} cuts {@code sql}: the start in the high 32 bits, the end in the
	 * low ones; -1 when the long way is needed.
	 */
	private static long quickRange(String sql) {
		int end = sql.length();
		while (end > 0 && Character.isWhitespace(sql.charAt(end - 1))) {
			end--;
		}
		if (end == 0) {
			return 0;
		}
		int start = 0;
		while (Character.isWhitespace(sql.charAt(start))) {
			start++;
		}
		while (start > 0 && sql.charAt(start - 1) != '\n' && sql.charAt(start - 1) != '\r') {
			start--;
		}
		for (int i = start; i < end; i++) {
			char c = sql.charAt(i);
			if (c == '\r') {
				return -1;
			}
			if (c == '\n' && i > start && sql.charAt(i - 1) != '\n' && Character.isWhitespace(sql.charAt(i - 1))) {
				return -1;
			}
		}
		return ((long) start << 32) | end;
	}

	/** {@link #normalize} the long way: line by line. */
	static String normalizeByLines(String sql) {
		TextLines lines = new TextLines(sql);
		List<String> stripped = new ArrayList<>(lines.count());
		for (int index = 0; index < lines.count(); index++) {
			stripped.add(sql.substring(lines.start(index), lines.end(index)).stripTrailing());
		}
		int from = 0;
		int to = stripped.size();
		while (from < to && stripped.get(from).isEmpty()) {
			from++;
		}
		while (to > from && stripped.get(to - 1).isEmpty()) {
			to--;
		}
		return String.join("\n", stripped.subList(from, to));
	}

	/** Looked up once: the provider lookup costs more than hashing a revision. Copies are cheap. */
	private static final MessageDigest SHA_256 = lookUpSha256();

	private static MessageDigest sha256() {
		try {
			return (MessageDigest) SHA_256.clone();
		}
		catch (CloneNotSupportedException ex) {
			return lookUpSha256();
		}
	}

	private static MessageDigest lookUpSha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			// Every Java platform must provide SHA-256 (java.security.MessageDigest's contract).
			throw new IllegalStateException("SHA-256 is not available on this Java runtime", ex);
		}
	}

}
