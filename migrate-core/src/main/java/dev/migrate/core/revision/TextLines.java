package dev.migrate.core.revision;

import java.util.Arrays;

/**
 * The lines of a text as offsets into it, split at CRLF, CR or LF; a trailing break leaves an
 * empty last line. Computed in one scan per file, so the parser reads each line where it stands
 * instead of cutting the file into line strings: most lines of a revision file are only looked at,
 * never kept.
 */
final class TextLines {

	private final String text;

	/** Where each line starts, and where it ends before its line break. */
	private final int[] starts;

	private final int[] ends;

	private final int count;

	/** Whether the text holds no CR, so that its lines joined with LF are the text itself. */
	private final boolean lfOnly;

	TextLines(String text) {
		this.text = text;
		int length = text.length();
		int capacity = 16;
		int[] starts = new int[capacity];
		int[] ends = new int[capacity];
		int count = 0;
		int start = 0;
		boolean lfOnly = true;
		for (int i = 0; i <= length; i++) {
			char c = (i < length) ? text.charAt(i) : '\n';
			if (c != '\n' && c != '\r') {
				continue;
			}
			if (count == capacity) {
				capacity *= 2;
				starts = Arrays.copyOf(starts, capacity);
				ends = Arrays.copyOf(ends, capacity);
			}
			starts[count] = start;
			ends[count] = i;
			count++;
			if (c == '\r') {
				lfOnly = false;
				if (i + 1 < length && text.charAt(i + 1) == '\n') {
					i++;
				}
			}
			start = i + 1;
		}
		this.starts = starts;
		this.ends = ends;
		this.count = count;
		this.lfOnly = lfOnly;
	}

	String text() {
		return this.text;
	}

	/** How many lines there are; at least one. */
	int count() {
		return this.count;
	}

	/** Whether the text holds no CR: its lines are separated by LF alone. */
	boolean isLfOnly() {
		return this.lfOnly;
	}

	/** Where line {@code index} (0-based) starts in the text. */
	int start(int index) {
		return this.starts[index];
	}

	/** Where line {@code index} ends in the text, before its line break. */
	int end(int index) {
		return this.ends[index];
	}

	boolean isEmpty(int index) {
		return this.starts[index] == this.ends[index];
	}

	/** Where line {@code index} starts once stripped as {@link String#strip()} would. */
	int strippedStart(int index) {
		int i = this.starts[index];
		int end = this.ends[index];
		while (i < end && Character.isWhitespace(this.text.charAt(i))) {
			i++;
		}
		return i;
	}

	/** Where line {@code index} ends once stripped, given its {@link #strippedStart}. */
	int strippedEnd(int index, int strippedStart) {
		int i = this.ends[index];
		while (i > strippedStart && Character.isWhitespace(this.text.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	/** Lines {@code from} (inclusive) to {@code to} (exclusive) joined with LF; empty when there are none. */
	String join(int from, int to) {
		if (from >= to) {
			return "";
		}
		if (this.lfOnly) {
			return this.text.substring(this.starts[from], this.ends[to - 1]);
		}
		StringBuilder joined = new StringBuilder(this.ends[to - 1] - this.starts[from]);
		for (int index = from; index < to; index++) {
			if (index > from) {
				joined.append('\n');
			}
			joined.append(this.text, this.starts[index], this.ends[index]);
		}
		return joined.toString();
	}

}
