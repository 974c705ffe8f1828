package dev.migrate.core.revision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The header of one revision file, read line by line: each {@code -- key: value} line is
 * validated as it is added, so an error names the line it is on. One instance per file.
 */
final class RevisionHeader {

	/** The keys a header may hold, in the order messages list them. */
	static final List<String> KEYS = List.of("revision", "down_revision", "message", "phase", "branch_labels",
			"depends_on", "transactional");

	private final String source;

	private final Map<String, Integer> lineOfKey = new HashMap<>();

	private String id;

	private List<String> downRevisions;

	private List<String> dependsOn = List.of();

	private Set<String> branchLabels = Set.of();

	private String message = "";

	private Phase phase;

	private boolean transactional = true;

	RevisionHeader(String source) {
		this.source = source;
	}

	/** A {@code -- key: value} line split into its key, as written, and its value. */
	record Entry(String key, String value) {

		/**
		 * Reads a stripped line as an entry; {@code null} when the line is not of that form. Scans by hand
		 * what {@code --\\s*([A-Za-z][A-Za-z0-9_-]*)\\s*:(.*)} would match: every revision file has a few of
		 * these lines, and a regular expression costs more than the rest of the file until it is compiled.
		 */
		static Entry of(String line) {
			return parse(line, 0, line.length());
		}

		/**
		 * {@link #of} for the stripped line {@code text[start, end)}, read where it stands: a line that
		 * is no entry costs no object.
		 */
		static Entry parse(String text, int start, int end) {
			if (end - start < 2 || !text.startsWith("--", start)) {
				return null;
			}
			int i = skipSpace(text, start + 2, end);
			int keyStart = i;
			if (i >= end || !isAsciiLetter(text.charAt(i))) {
				return null;
			}
			while (i < end && isKeyChar(text.charAt(i))) {
				i++;
			}
			int keyEnd = i;
			i = skipSpace(text, i, end);
			if (i >= end || text.charAt(i) != ':') {
				return null;
			}
			int valueStart = i + 1;
			for (int k = valueStart; k < end; k++) {
				char c = text.charAt(k);
				// '.' in the pattern matches no line terminator
				if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
					return null;
				}
			}
			int valueEnd = end;
			while (valueStart < valueEnd && Character.isWhitespace(text.charAt(valueStart))) {
				valueStart++;
			}
			while (valueEnd > valueStart && Character.isWhitespace(text.charAt(valueEnd - 1))) {
				valueEnd--;
			}
			return new Entry(text.substring(keyStart, keyEnd), text.substring(valueStart, valueEnd));
		}

		/** Whether this entry is a section marker such as {@code -- migrate:upgrade}, not a header line. */
		boolean isMarker() {
			return this.key.equalsIgnoreCase("migrate");
		}

		private static int skipSpace(String line, int from, int end) {
			int i = from;
			// \\s in a Java pattern: space, \\t, \\n, \\x0B, \\f, \\r
			while (i < end && " \t\n\u000B\f\r".indexOf(line.charAt(i)) >= 0) {
				i++;
			}
			return i;
		}

		private static boolean isAsciiLetter(char c) {
			return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
		}

		private static boolean isKeyChar(char c) {
			return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-';
		}

		/** Whether the key is one of {@link RevisionHeader#KEYS}, ignoring case. */
		boolean isKnown() {
			return KEYS.contains(this.key.toLowerCase(Locale.ROOT));
		}

	}

	/** Validates and records one header line. */
	void add(Entry entry, int line) {
		if (!entry.isKnown()) {
			throw error(line, "unknown header key '" + entry.key() + "'; allowed keys: " + String.join(", ", KEYS));
		}
		String key = entry.key().toLowerCase(Locale.ROOT);
		Integer first = this.lineOfKey.putIfAbsent(key, line);
		if (first != null) {
			throw error(line, "duplicate header key '" + key + "' (first on line " + first + "); keep only one");
		}
		String value = entry.value();
		switch (key) {
			case "revision" -> this.id = parseId(value, line);
			case "down_revision" -> this.downRevisions = parseDownRevisions(value, line);
			case "message" -> this.message = value;
			case "phase" -> this.phase = parsePhase(value, line);
			case "branch_labels" -> this.branchLabels = new LinkedHashSet<>(parseList(key, value, line));
			case "depends_on" -> this.dependsOn = parseList(key, value, line);
			case "transactional" -> this.transactional = parseTransactional(value, line);
			default -> throw new IllegalStateException("Key '" + key + "' is in KEYS but not handled");
		}
	}

	/** Whether the header names several parents. */
	boolean isMerge() {
		return this.downRevisions != null && this.downRevisions.size() > 1;
	}

	/**
	 * Checks what can only be checked once the whole file is read: the required keys, edges that
	 * name the revision itself, and the file name.
	 */
	void requireComplete() {
		if (this.id == null) {
			throw error(1, "missing header line 'revision'; add '-- revision: " + suggestedId()
					+ "' as the first line of the file");
		}
		if (this.downRevisions == null) {
			throw error(1, "missing header line 'down_revision'; add '-- down_revision: <parent revision id>' "
					+ "to the header, or '-- down_revision: none' if '" + this.id + "' is a base revision");
		}
		Optional<String> selfParent = IdLists.selfReference(this.id, "down_revision", this.downRevisions);
		if (selfParent.isPresent()) {
			throw error(this.lineOfKey.get("down_revision"), selfParent.get()
					+ "; name its parent revision(s), or 'none' for a base revision");
		}
		Optional<String> selfDependency = IdLists.selfReference(this.id, "depends_on", this.dependsOn);
		if (selfDependency.isPresent()) {
			throw error(this.lineOfKey.get("depends_on"), selfDependency.get()
					+ "; a revision cannot depend on itself, remove '" + this.id + "'");
		}
		String fileName = fileName();
		boolean exact = fileName.length() == this.id.length() + 4 && fileName.startsWith(this.id)
				&& RevisionFileFinder.hasSqlExtension(fileName);
		if (!exact && !fileName.startsWith(this.id + "_")) {
			throw error(this.lineOfKey.get("revision"), "file name '" + fileName + "' does not start with revision id '"
					+ this.id + "'; name the file '" + this.id + "_<slug>.sql' or correct the '-- revision:' line");
		}
	}

	/** Whether the revision runs inside one transaction, as far as the header has been read. */
	boolean transactional() {
		return this.transactional;
	}

	/**
	 * The revision this header describes, running {@code body}, whose checksum is
	 * {@link Checksums#ofSql} of the upgrade section. Call {@link #requireComplete()} first.
	 */
	Revision toRevision(SqlBody body, String checksum) {
		return new Revision(this.id, this.downRevisions, this.dependsOn, this.branchLabels, this.message, this.phase,
				this.transactional, this.source, checksum, body);
	}

	private String parseId(String value, int line) {
		if (value.isEmpty()) {
			throw error(line, "empty value for 'revision'; write the revision id, e.g. '-- revision: " + suggestedId()
					+ "'");
		}
		Optional<String> problem = IdLists.problem("revision", List.of(value));
		if (problem.isPresent()) {
			throw error(line, problem.get());
		}
		return value;
	}

	private Phase parsePhase(String value, int line) {
		Optional<Phase> phase = Phase.fromKey(value);
		if (phase.isEmpty()) {
			throw error(line, "invalid phase '" + value + "'; use expand, migrate or contract");
		}
		return phase.get();
	}

	private List<String> parseDownRevisions(String value, int line) {
		if (value.equalsIgnoreCase("none")) {
			return List.of();
		}
		if (value.isEmpty()) {
			throw error(line, "empty value for 'down_revision'; write the parent revision id(s), "
					+ "or '-- down_revision: none' for a base revision");
		}
		for (String parent : value.split(",", -1)) {
			if (parent.strip().equalsIgnoreCase("none")) {
				throw error(line, "'none' in down_revision '" + value + "' cannot be combined with parents; "
						+ "write either 'none' (a base revision) or the parent ids");
			}
		}
		return parseList("down_revision", value, line);
	}

	private List<String> parseList(String key, String value, int line) {
		if (value.isEmpty()) {
			return List.of();
		}
		List<String> ids = new ArrayList<>();
		for (String element : value.split(",", -1)) {
			String id = element.strip();
			if (id.isEmpty()) {
				throw error(line, "empty element in " + key + " '" + value + "'; separate ids with single commas, "
						+ "without a leading or trailing comma");
			}
			ids.add(id);
		}
		Optional<String> problem = IdLists.problem(key, ids);
		if (problem.isPresent()) {
			throw error(line, problem.get());
		}
		return ids;
	}

	private boolean parseTransactional(String value, int line) {
		if (value.equalsIgnoreCase("true")) {
			return true;
		}
		if (value.equalsIgnoreCase("false")) {
			return false;
		}
		throw error(line, "invalid transactional value '" + value + "'; use true or false");
	}

	/** The file name part of the source name, after the last '/', '\' or ':'. */
	private String fileName() {
		int cut = Math.max(Math.max(this.source.lastIndexOf('/'), this.source.lastIndexOf('\\')),
				this.source.lastIndexOf(':'));
		return this.source.substring(cut + 1);
	}

	/** The id the file name starts with, when it is a valid id; a placeholder otherwise. */
	private String suggestedId() {
		String name = fileName();
		int end = name.indexOf('_');
		String prefix = (end >= 0) ? name.substring(0, end) : name.replaceFirst("(?i)\\.sql$", "");
		return RevisionIds.isValid(prefix) ? prefix : "<id>";
	}

	private RevisionFileException error(int line, String problem) {
		return new RevisionFileException(this.source, line, problem);
	}

}
