package dev.migrate.core.target;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed target in Alembic's vocabulary. Parsing only reads the text;
 * {@link TargetResolver} gives it meaning against a graph.
 */
public sealed interface Target {

	/** The only head; an error when there are several. */
	record Head() implements Target {
	}

	/** Every head. */
	record Heads() implements Target {
	}

	/** Before the first revision: nothing applied. */
	record Base() implements Target {
	}

	/**
	 * A revision by full id, unique prefix (at least 4 characters) or branch label (a bare label
	 * means the head of that branch).
	 */
	record Revision(String reference) implements Target {
	}

	/** {@code <branch>@head}: the head of the branch a label (or revision) starts. */
	record BranchHead(String branch) implements Target {
	}

	/** {@code <branch>@heads}: every head of the branch a label (or revision) starts. */
	record BranchHeads(String branch) implements Target {
	}

	/** {@code <branch>@base}: before the branch a label (or revision) starts. */
	record BranchBase(String branch) implements Target {
	}

	/** {@code <label>@<rev>}: a revision, checked to be on that branch, scoping the command to it. */
	record BranchRevision(String branch, String reference) implements Target {
	}

	/**
	 * {@code +N} / {@code -N} from the current head, {@code <label>@+N} from the head of a
	 * branch, {@code <rev>+N} / {@code <rev>-N} from a named revision.
	 * @param branch the branch scope, or {@code null}
	 * @param anchor the revision counted from, or {@code null} for the current head
	 * @param steps positive to go forward, negative to go back; never 0
	 */
	record Relative(String branch, String anchor, int steps) implements Target {
	}

	Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

	Pattern RELATIVE = Pattern.compile("([A-Za-z0-9_]+@|[A-Za-z0-9_]+)?([+-])([0-9]{1,9})");

	/**
	 * Parses a target.
	 * @throws TargetException when the text is not one of the forms
	 */
	static Target parse(String text) {
		String t = (text != null) ? text.trim() : "";
		switch (t) {
			case "head":
				return new Head();
			case "heads":
				return new Heads();
			case "base":
				return new Base();
			default:
		}
		Matcher relative = RELATIVE.matcher(t);
		if (relative.matches()) {
			int steps = Integer.parseInt(relative.group(3));
			if (steps == 0) {
				throw invalid(t, "a relative step must be at least 1");
			}
			steps = relative.group(2).equals("-") ? -steps : steps;
			String prefix = relative.group(1);
			if (prefix == null) {
				return new Relative(null, null, steps);
			}
			if (prefix.endsWith("@")) {
				return new Relative(prefix.substring(0, prefix.length() - 1), null, steps);
			}
			return new Relative(null, prefix, steps);
		}
		int at = t.indexOf('@');
		if (at >= 0) {
			String branch = t.substring(0, at);
			String rest = t.substring(at + 1);
			if (!NAME.matcher(branch).matches() || !NAME.matcher(rest).matches()) {
				throw invalid(t, null);
			}
			return switch (rest) {
				case "head" -> new BranchHead(branch);
				case "heads" -> new BranchHeads(branch);
				case "base" -> new BranchBase(branch);
				default -> new BranchRevision(branch, rest);
			};
		}
		if (!NAME.matcher(t).matches()) {
			throw invalid(t, null);
		}
		return new Revision(t);
	}

	private static TargetException invalid(String text, String reason) {
		return new TargetException("'" + text + "' is not a valid target" + ((reason != null) ? " (" + reason + ")" : "")
				+ ". Use one of: head, heads, base, a revision id or unique prefix of at least 4 characters, "
				+ "<label>@head, <label>@heads, <label>@base, <label>@<rev>, +N, -N, <rev>+N, <rev>-N, <label>@+N, <label>@-N.");
	}

}
